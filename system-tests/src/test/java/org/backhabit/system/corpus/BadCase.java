package org.backhabit.system.corpus;

/**
 * One bad request: an endpoint's accepted request with one part made bad, and the field, parameter
 * or header the refusal must name.
 *
 * @param change what is made bad: {@code VALUE} sets {@code field} (a path like
 *               {@code exercises[0].sets}) in the body to {@code value} (JSON text); {@code REMOVE}
 *               drops it; {@code RAW} sends {@code value} as the whole body; {@code QUERY} sets the
 *               query parameter {@code field} to {@code value}; {@code HEADER} sends header
 *               {@code field} with {@code value}; {@code PATH} requests path {@code value} instead
 * @param origin where the case comes from (file and line, or the generator), for the report
 */
record BadCase(Endpoint endpoint, String field, Change change, String value, String origin) {

    enum Change { VALUE, REMOVE, RAW, QUERY, HEADER, PATH }

    @Override
    public String toString() {
        return origin + " " + endpoint + " " + change + " " + field + "=" + abbreviated(value);
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.chars().mapToObj(c -> Character.isISOControl(c) ? "\\u%04x".formatted(c) : Character.toString(c))
                .reduce("", String::concat);
        return printable.length() > 80 ? printable.substring(0, 77) + "...(" + text.length() + " chars)" : printable;
    }
}
