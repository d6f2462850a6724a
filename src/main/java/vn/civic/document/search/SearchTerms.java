package vn.civic.document.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
public record SearchTerms(List<List<String>> groups, boolean prefixLast, Set<Integer> codeGroups) {

    /** A shorter prefix would match too many words to stay fast. */
    static final int PREFIX_MIN = 3;

    /** A code longer than this is indexed and searched by its first characters. */
    static final int CODE_LENGTH = 64;

    /** At most this many codes per document (a text of many slashes or dots must not blow up the index). */
    static final int MAX_CODES = 2_000;

    private static final Pattern QUOTED = Pattern.compile("[\"\u201c\u201d]([^\"\u201c\u201d]*)[\"\u201c\u201d]?");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    public SearchTerms {
        groups = groups.stream().map(List::copyOf).toList();
        codeGroups = Set.copyOf(codeGroups);
    }

    public static SearchTerms parse(String text) {
        String folded = SearchText.fold(text);
        List<List<String>> groups = new ArrayList<>();
        Set<Integer> codes = new HashSet<>();
        boolean lastQuoted = false;
        Matcher quoted = QUOTED.matcher(folded);
        int at = 0;
        while (quoted.find()) {
            if (addTerms(groups, codes, folded.substring(at, quoted.start()))) {
                lastQuoted = false;
            }
            List<String> phrase = words(quoted.group(1));
            if (!phrase.isEmpty()) {
                groups.add(phrase);
                lastQuoted = true;
            }
            at = quoted.end();
        }
        if (addTerms(groups, codes, folded.substring(at))) {
            lastQuoted = false;
        }
        boolean stillTyping =
                text != null && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        boolean prefix = !groups.isEmpty()
                && !lastQuoted
                && stillTyping
                && groups.getLast().size() == 1
                && groups.getLast().getFirst().length() >= PREFIX_MIN;
        return new SearchTerms(groups, prefix, codes);
    }

    /**
     * Adds each space-separated term of the text as a group, noting the codes among them; true when any was added.
     */
    private static boolean addTerms(List<List<String>> groups, Set<Integer> codes, String text) {
        boolean added = false;
        for (String term : text.split(" ")) {
            List<String> words = words(term);
            if (!words.isEmpty()) {
                if (isCode(words)) {
                    codes.add(groups.size());
                }
                groups.add(words);
                added = true;
            }
        }
        return added;
    }

    /** A term of several words joined by punctuation, one of them a number: a number and symbol, a date, a file. */
    private static boolean isCode(List<String> words) {
        return words.size() > 1 && words.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
    }

    /**
     * The codes of a folded text, for the index: of every run of characters without a space whose words are joined
     * by punctuation ({@code 12/qd-ubnd}), the words from each word on, written together ({@code 12qdubnd},
     * {@code qdubnd}, …), those that hold a digit, each cut at {@link #CODE_LENGTH}. A query for a code then finds
     * it as one rare word of the index instead of several common words checked in order ({@link #tsQuery()}), also
     * when it is written inside a longer run ({@code so:12/qd-ubnd}).
     */
    public static String codesOf(String folded) {
        Set<String> codes = new LinkedHashSet<>();
        for (String run : folded.split("\\s+")) {
            List<String> words = words(run);
            if (words.size() < 2 || !isCode(words)) {
                continue;
            }
            for (int from = 0; from < words.size() - 1 && codes.size() < MAX_CODES; from++) {
                String code = code(words.subList(from, words.size()));
                if (code.chars().anyMatch(Character::isDigit)) {
                    codes.add(code);
                }
            }
            if (codes.size() >= MAX_CODES) {
                break;
            }
        }
        return String.join(" ", codes);
    }

    private static String code(List<String> words) {
        String code = String.join("", words);
        return code.length() > CODE_LENGTH ? code.substring(0, CODE_LENGTH) : code;
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

    /** True when a group is a code ({@link #codesOf}), which the index holds as one word. */
    public boolean hasCodes() {
        return !codeGroups.isEmpty();
    }

    /**
     * The query for PostgreSQL's {@code to_tsquery('simple', ...)}: every word joined by {@code &}, the last with
     * {@code :*} when it is a prefix; a code as the start of one of the index's codes ({@code 12qdubnd:*}, so that
     * {@code 12/QĐ} finds {@code 12/QĐ-UBND} while one types). Words are {@code [a-z0-9]+}, so nothing in them is
     * tsquery syntax. The order of a phrase's words, and where a code starts and ends, are left to {@link
     * #phrases()}.
     */
    public String tsQuery() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (codeGroups.contains(i)) {
                parts.add(code(groups.get(i)) + ":*");
            } else {
                parts.addAll(groups.get(i));
            }
        }
        String query = String.join(" & ", parts);
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
