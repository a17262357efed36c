package org.backhabit.session.model;

import java.util.List;

public record CheckInPage(List<CheckInView> items) {
}
