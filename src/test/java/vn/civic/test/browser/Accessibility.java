package vn.civic.test.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, bundled in the {@code com.deque.html.axe-core:selenium} jar (nothing is downloaded), run on the page the
 * browser shows. The gate is WCAG 2.1 level A and AA: a {@code serious} or {@code critical} violation fails. axe's
 * best-practice rules run too; their findings and milder WCAG findings are printed, not failed.
 */
public final class Accessibility {

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags them. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    /** Runs axe on the current page and returns its WCAG 2.1 A/AA and best-practice results. */
    public static Results analyze(WebDriver driver) {
        List<String> tags = new java.util.ArrayList<>(WCAG_21_AA);
        tags.add("best-practice");
        Results results = new AxeBuilder().withTags(tags).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core could not analyse " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results;
    }

    /** Fails with a readable list when the current page has a serious or critical WCAG 2.1 A/AA violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = analyze(driver);
        List<Rule> failing =
                results.getViolations().stream().filter(Accessibility::fails).toList();
        List<Rule> noted =
                results.getViolations().stream().filter(r -> !fails(r)).toList();
        if (!noted.isEmpty()) {
            System.out.println("axe-core notes (not failing) on " + results.getUrl() + ":\n" + describe(noted));
        }
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core found " + failing.size()
                    + " serious or critical WCAG 2.1 A/AA violation(s) on " + results.getUrl() + ":\n"
                    + describe(failing));
        }
    }

    static boolean fails(Rule rule) {
        return FAILING_IMPACTS.contains(rule.getImpact())
                && rule.getTags().stream().anyMatch(WCAG_21_AA::contains);
    }

    /** One block per rule: impact, id, what it asks, where to read more, and each offending element. */
    public static String describe(List<Rule> rules) {
        return rules.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("  [")
                .append(rule.getImpact())
                .append("] ")
                .append(rule.getId())
                .append(": ")
                .append(rule.getHelp())
                .append(" (")
                .append(rule.getHelpUrl())
                .append(")\n");
        for (CheckedNode node : rule.getNodes()) {
            text.append("      at ")
                    .append(node.getTarget())
                    .append("  ")
                    .append(node.getHtml())
                    .append('\n');
            if (node.getFailureSummary() != null) {
                text.append("         ")
                        .append(node.getFailureSummary().replace("\n", "\n         "))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
