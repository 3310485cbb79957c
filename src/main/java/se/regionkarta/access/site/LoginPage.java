package se.regionkarta.access.site;

import java.util.List;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;

/**
 * The login page: the form (never with the password typed), what went wrong, and who is logged in already.
 *
 * @param csrf the token the form carries: the session's, or before there is one the login cookie's
 * @param back the local address to go to after logging in
 * @param problems empty fields, each tied to its field
 * @param refusal why the login was refused (wrong name or password, locked), or null
 * @param available whether accounts can log in here (the service runs on a store)
 * @param signedInAs the name of the person logged in already, or null
 */
public record LoginPage(Shell shell, String action, String csrf, String name, String back,
        List<CalculatorForm.Problem> problems, String refusal, boolean available, String signedInAs) implements SitePage {

    public LoginPage {
        problems = List.copyOf(problems);
    }

    /** Returns the problem with a field, or null. */
    public String problemWith(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(p -> p.message().text()).findFirst().orElse(null);
    }

    /**
     * Tells whether the name field takes the focus when the page opens: on a fresh form, or when the
     * name is missing. After a refusal the refusal itself takes it, so that it is read out first.
     */
    public boolean focusName() {
        return refusal == null && (problems.isEmpty() || problemWith("name") != null);
    }

    /** Tells whether the password field takes the focus: when it alone is missing. */
    public boolean focusPassword() {
        return refusal == null && problemWith("name") == null && problemWith("password") != null;
    }

    /** Returns the ids of what describes a field: its problem, and the refusal. */
    public String describedBy(String field) {
        String ids = (problemWith(field) != null ? field + "-problem " : "") + (refusal != null ? "login-refused" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
