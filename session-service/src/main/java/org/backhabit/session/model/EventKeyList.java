package org.backhabit.session.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The keys asked for that exist; a key left out was shredded by an erasure (or never existed)")
public record EventKeyList(List<EventKeyView> keys) {
}
