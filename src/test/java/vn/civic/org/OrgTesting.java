package vn.civic.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.Privilege;
import vn.civic.test.TestActors;

/**
 * What the org tests share. Tests share one database with the demo city: they create uniquely coded data (these
 * codes), never touch the demo rows, and never hang anything under a ward's committee, whose scope other tests
 * expect to be the ward alone.
 */
final class OrgTesting {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private OrgTesting() {}

    static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** A fresh organisation code of the configured shape, starting with T for test. */
    static String organisationCode() {
        return "T" + random(2) + "." + random(2) + "." + random(2) + ".Z" + random(2);
    }

    /** A fresh administrative-unit code. */
    static String unitCode() {
        return "T" + random(9);
    }

    /** Runs {@code action} as {@code actor}, as a request of that actor would. */
    static <T> T as(Actor actor, Supplier<T> action) {
        return as(actor, Privilege.values(), action);
    }

    /** Runs {@code action} as {@code actor} holding only {@code privileges}. */
    static <T> T as(Actor actor, Privilege[] privileges, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.authentication(actor, privileges));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The page answered with 200, parsed. */
    static Document page(MockMvc mvc, RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The summaries after the change of each audit entry of the action on the object by the actor. */
    static List<String> audited(JdbcTemplate jdbc, String action, Object objectId, Actor actor) {
        return jdbc.queryForList(
                "select coalesce(summary_after, '') from audit_entry where action = ? and object_id = ?"
                        + " and actor_id = ? order by seq",
                String.class,
                action,
                objectId.toString(),
                actor.actorId());
    }
}
