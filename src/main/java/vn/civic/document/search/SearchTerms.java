package vn.civic.document.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.civic.platform.text.SearchText;

/**
 * What the words of a query ask for, folded like the index ({@link SearchText#fold}): every group must match; a group
 * is one word, or a phrase whose words follow each other (a quoted phrase, or a term with punctuation inside such as
 * the symbol {@code 12/QĐ-UBND}, read as {@code 12 qd ubnd}). The last word also matches as a prefix when it is
 * unquoted and at least {@link #PREFIX_MIN} letters long, so that results come while one is still typing.
 *
 * <p>Words are runs of {@code [a-z0-9]}: the index splits its text the same way, so both sides agree on what a word is.
 */
public record SearchTerms(List<List<String>> groups, boolean prefixLast) {

    /** A shorter prefix would match too many words to stay fast. */
    static final int PREFIX_MIN = 3;

    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u201d]([^\"\u201c\u201d]*)[\"\u201c\u201d]?");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    public SearchTerms {
        groups = groups.stream().map(List::copyOf).toList();
    }

    public static SearchTerms parse(String text) {
        String folded = SearchText.fold(text);
        List<List<String>> groups = new ArrayList<>();
        boolean lastQuoted = false;
        Matcher quoted = QUOTED.matcher(folded);
        int at = 0;
        while (quoted.find()) {
            if (addTerms(groups, folded.substring(at, quoted.start()))) {
                lastQuoted = false;
            }
            List<String> phrase = words(quoted.group(1));
            if (!phrase.isEmpty()) {
                groups.add(phrase);
                lastQuoted = true;
            }
            at = quoted.end();
        }
        if (addTerms(groups, folded.substring(at))) {
            lastQuoted = false;
        }
        boolean stillTyping =
                text != null && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        boolean prefix = !groups.isEmpty()
                && !lastQuoted
                && stillTyping
                && groups.getLast().size() == 1
                && groups.getLast().getFirst().length() >= PREFIX_MIN;
        return new SearchTerms(groups, prefix);
    }

    /** Adds each space-separated term of the text as a group; true when any was added. */
    private static boolean addTerms(List<List<String>> groups, String text) {
        boolean added = false;
        for (String term : text.split(" ")) {
            List<String> words = words(term);
            if (!words.isEmpty()) {
                groups.add(words);
                added = true;
            }
        }
        return added;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** How many words the query holds. */
    public int wordCount() {
        return groups.stream().mapToInt(List::size).sum();
    }

    /**
     * The query for PostgreSQL's {@code to_tsquery('simple', ...)}: every word joined by {@code &}, the last with
     * {@code :*} when it is a prefix. Words are {@code [a-z0-9]+}, so nothing in them is tsquery syntax. The order of a
     * phrase's words is left to {@link #phrases()}.
     */
    public String tsQuery() {
        List<String> words = new ArrayList<>();
        groups.forEach(words::addAll);
        String query = String.join(" & ", words);
        return prefixLast ? query + ":*" : query;
    }

    /** The regular expressions of the groups of more than one word (see {@link #regularExpressions()}). */
    public List<String> phrases() {
        List<String> expressions = regularExpressions();
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).size() > 1) {
                phrases.add(expressions.get(i));
            }
        }
        return phrases;
    }

    /**
     * One regular expression per group, for H2's {@code regexp_like} and PostgreSQL's {@code ~} on folded text (the
     * syntax both read alike): the words of the group in order, separated by anything that is not a word character,
     * starting and (but the prefix) ending a word.
     */
    public List<String> regularExpressions() {
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String body = String.join("[^a-z0-9]+", groups.get(i));
            boolean prefix = i == groups.size() - 1 && prefixLast;
            expressions.add("(^|[^a-z0-9])" + body + (prefix ? "" : "([^a-z0-9]|$)"));
        }
        return expressions;
    }

    /** The first word, to find an excerpt around. */
    public String firstWord() {
        return groups.isEmpty() ? null : groups.getFirst().getFirst();
    }
}
