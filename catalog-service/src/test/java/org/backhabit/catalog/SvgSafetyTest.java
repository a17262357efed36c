package org.backhabit.catalog;

import org.backhabit.catalog.service.SvgSafety;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgSafetyTest {

    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg " + NS + "><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>",
            "<svg " + NS + "><defs><marker id=\"m\"/></defs><path d=\"M0 0\" marker-end=\"url(#m)\"/></svg>",
            "<svg " + NS + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"#a\"/></svg>"})
    void acceptsPlainDrawings(String svg) {
        assertFalse(SvgSafety.problem(svg.getBytes(StandardCharsets.UTF_8)).isPresent(), svg);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg " + NS + "><script>alert(1)</script></svg>",
            "<svg " + NS + " onload=\"alert(1)\"/>",
            "<svg " + NS + "><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
            "<svg " + NS + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"https://example.org/x.png\"/></svg>",
            "<svg " + NS + "><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<svg " + NS + "><rect style=\"fill: url(https://example.org/p)\"/></svg>",
            "<svg " + NS + "><style>@import url(https://example.org/s.css);</style></svg>",
            "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg " + NS + "><text>&x;</text></svg>",
            "<html><body/></html>",
            "not xml at all"})
    void refusesAnythingThatCouldRunOrLoad(String svg) {
        assertTrue(SvgSafety.problem(svg.getBytes(StandardCharsets.UTF_8)).isPresent(), svg);
    }
}
