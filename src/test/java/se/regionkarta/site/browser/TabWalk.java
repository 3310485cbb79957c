package se.regionkarta.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks the page open now with the Tab key alone: marks every element that can take focus, presses
 * Tab until each was reached (failing at once when focus sticks), and notes every focused element
 * whose focus indicator does not show or that is off screen.
 *
 * @param focusable the marks of the elements that can take focus, in document order
 * @param reached the marks Tab reached
 * @param problems focus not visible, or off screen, with the element's HTML
 */
record TabWalk(List<String> focusable, Set<String> reached, List<String> problems) {

    /** Marks every element that can take focus with the Tab key and returns their marks. */
    private static final String MARK_FOCUSABLE = "let n = 0; const marks = [];"
            + "document.querySelectorAll('a[href], input:not([type=hidden]), button, select, textarea, summary,"
            + " [tabindex]:not([tabindex=\"-1\"])').forEach(e => {"
            + "  if (!e.checkVisibility({visibilityProperty: true})) return;"
            + "  e.dataset.kb = 'k' + (n++); marks.push(e.dataset.kb); });"
            + "return marks;";

    /** Describes the focused element: its mark, whether its focus indicator shows, whether it is on screen. */
    private static final String FOCUSED = "const e = document.activeElement; const s = getComputedStyle(e);"
            + "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
            + "const shadow = s.boxShadow && s.boxShadow !== 'none';"
            + "const r = e.getBoundingClientRect();"
            + "return {mark: e.dataset.kb || e.tagName, visible: outline || shadow,"
            + " onScreen: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,"
            + " html: e.outerHTML.slice(0, 120)};";

    @SuppressWarnings("unchecked")
    static TabWalk of(Browser browser) {
        List<String> focusable = (List<String>) browser.js().executeScript(MARK_FOCUSABLE);
        Set<String> reached = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        String previous = null;
        int same = 0;
        int presses = focusable.size() * 4 + 20; // a date field takes a Tab per part
        for (int i = 0; i < presses && !reached.containsAll(focusable); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> f = (Map<String, Object>) browser.js().executeScript(FOCUSED);
            String mark = (String) f.get("mark");
            if (mark.startsWith("k")) {
                reached.add(mark);
                if (!Boolean.TRUE.equals(f.get("visible"))) {
                    problems.add("no visible focus on " + f.get("html"));
                }
                if (!Boolean.TRUE.equals(f.get("onScreen"))) {
                    problems.add("focused element off screen: " + f.get("html"));
                }
            }
            same = mark.equals(previous) ? same + 1 : 0;
            assertThat(same).as("focus stuck on " + f.get("html")).isLessThan(5);
            previous = mark;
        }
        return new TabWalk(focusable, reached, problems);
    }

    /** Returns the HTML of the elements Tab never reached. */
    List<String> missed(Browser browser) {
        return focusable.stream().filter(m -> !reached.contains(m)).map(m -> (String) browser.js()
                .executeScript("return document.querySelector('[data-kb=\"" + m + "\"]').outerHTML.slice(0, 150);")).toList();
    }
}
