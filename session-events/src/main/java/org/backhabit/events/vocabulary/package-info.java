/**
 * The one vocabulary the services share: red-flag codes with their urgency, routine kinds and body
 * areas. The event schemas enumerate the same values (a test keeps them equal).
 */
package org.backhabit.events.vocabulary;
