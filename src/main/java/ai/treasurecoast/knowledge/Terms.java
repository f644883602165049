package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis with stemming. Question filler ("do you", "how much", "tell me") is dropped as
 * stop words, so what remains is what the question is about, which makes term coverage meaningful.
 */
final class Terms {

    // "will" is a stop word as a verb ("will my rates go up?") but the subject in "how much is a
    // will?": the noun is rewritten to "wills", which is no stop word and stems back to "will".
    private static final Pattern NOUN_WILL = Pattern.compile(
            "(?i)\\b(a|my|the|your|our|his|her|their|living|simple|basic|new|last|contested|contest|update|updating"
                    + "|write|writing|draft|drafting|probate) will\\b( (package|packages|and testament|and trust|kit))?");

    // "where r u located": text speak. Only before "u"/"you", so "R-22" and "R-value" keep their R.
    private static final Pattern TEXT_SPEAK_ARE = Pattern.compile("(?i)\\br (u|you|y'?all|ya)\\b");

    // "can I order food to go?": takeout.
    private static final Pattern TO_GO = Pattern.compile(
            "(?i)\\b(order|food|meal|something|anything|dinner|lunch|breakfast|pizza|wings|drinks?|coffee|it|them)( \\w+)? to go\\b");

    // "can I order food to go?": nothing but takeout is asked.
    private static final Pattern ANYTHING_TO_GO = Pattern.compile(
            "(?i)\\b((order|get|grab) )?(some |the )?(food|order|meal|something|anything|it|them)( food)? to go\\b");

    // "what should I have with me?": what to bring.
    private static final Pattern HAVE_WITH = Pattern.compile("(?i)\\b(have|take|carry|keep) with (me|us|you|them)\\b");

    // "where's your shop?": where it is located.
    private static final Pattern WHERE_IS =
            Pattern.compile("(?i)\\bwhere(?: is|'s| are|s) (you|your|ur|y'?all)\\b(?!.{0,20}\\blocated\\b)");
    // "my wife is 7 months along", "do you see expecting moms?": a pregnancy.
    private static final Pattern EXPECTING = Pattern.compile(
            "(?i)\\b(expecting (moms?|mothers?|mamas?|women|patients|a baby|twins)|\\d+ (weeks|months) along)\\b");

    // "can you watch my dog while we're away?": boarding.
    private static final Pattern PET_SITTING = Pattern.compile(
            "(?i)\\b(?:watch|look after|take care of|pet-?sit) (my|our|the) (dogs?|cats?|pets?|puppy|puppies|kitten)\\b");
    // "can I make monthly payments?", "a payment plan": financing.
    private static final Pattern PAY_OVER_TIME = Pattern.compile(
            "(?i)\\b((monthly|small|installment|instalment) payments|payment plans?|pay (it )?(off )?over time)\\b");

    // "tune up", "tune-up" and "tuneup" are one word: "up" alone is a filler.
    private static final Pattern UP_COMPOUND = Pattern.compile(
            "(?i)\\b(tune|check|touch|follow|pick|sign|set|warm|clean|start|make|back|lock|hook)[- ]up\\b");

    // Everyday phrases for what businesses name in one word: "year-round" rentals are annual ones,
    // "never bought a place before" is a first-time buyer, "bail last minute" is a cancellation,
    // "pay per class" is a drop-in.
    private static final Pattern YEAR_ROUND = Pattern.compile("(?i)\\byear[- ]round\\b");
    private static final Pattern FIRST_TIME = Pattern.compile(
            "(?i)\\bnever (bought|owned|purchased) (a|an|our|my) (home|house|place|condo|property)( before)?\\b");
    private static final Pattern LAST_MINUTE =
            Pattern.compile("(?i)\\b(bail|back out|flake|no-show)\\b(?=.{0,25}\\blast[- ]minute\\b)");
    private static final Pattern PER_VISIT = Pattern.compile(
            "(?i)\\b(pay|paying|price|cost) (per|by the|for each|for a single|for one|for just one) (class|session|visit)\\b");

    static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
        private final Analyzer english = new EnglishAnalyzer(stopWords());

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return english;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            Reader out = new PatternReplaceCharFilter(NOUN_WILL, "$1 wills$2", reader);
            out = new PatternReplaceCharFilter(TEXT_SPEAK_ARE, "are $1", out);
            out = new PatternReplaceCharFilter(ANYTHING_TO_GO, "takeout", out);
            out = new PatternReplaceCharFilter(TO_GO, "$1$2 takeout", out);
            out = new PatternReplaceCharFilter(HAVE_WITH, "bring", out);
            out = new PatternReplaceCharFilter(UP_COMPOUND, "$1up", out);
            out = new PatternReplaceCharFilter(YEAR_ROUND, "annual", out);
            out = new PatternReplaceCharFilter(FIRST_TIME, "first-time buyer", out);
            out = new PatternReplaceCharFilter(LAST_MINUTE, "cancel", out);
            out = new PatternReplaceCharFilter(PER_VISIT, "$1 drop-in $3", out);
            out = new PatternReplaceCharFilter(WHERE_IS, "located $1", out);
            out = new PatternReplaceCharFilter(PET_SITTING, "board $1 $2", out);
            out = new PatternReplaceCharFilter(PAY_OVER_TIME, "financing", out);
            return new PatternReplaceCharFilter(EXPECTING, "pregnant", out);
        }
    };

    private Terms() {}

    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of(
                "i",
                "me",
                "my",
                "mine",
                "we",
                "us",
                "our",
                "ours",
                "you",
                "your",
                "yours",
                "ya",
                "u",
                "he",
                "she",
                "him",
                "her",
                "his",
                "them",
                "do",
                "does",
                "did",
                "done",
                "doing",
                "can",
                "could",
                "would",
                "should",
                "may",
                "might",
                "must",
                "shall",
                "will",
                "am",
                "has",
                "have",
                "had",
                "having",
                "get",
                "got",
                "getting",
                "how",
                "what",
                "when",
                "where",
                "which",
                "who",
                "whom",
                "why",
                "much",
                "many",
                "any",
                "anything",
                "some",
                "something",
                "please",
                "tell",
                "know",
                "let",
                "like",
                "want",
                "wanted",
                "need",
                "needs",
                "wondering",
                "wonder",
                "question",
                "hi",
                "hello",
                "hey",
                "thanks",
                "thank",
                "ok",
                "okay",
                "guys",
                "folks",
                "also",
                "just",
                "really",
                "about",
                "from",
                "here",
                "there",
                "all",
                "so",
                "well",
                "good",
                "go",
                "going",
                "offer",
                "offered",
                "provide",
                "there's",
                "what's",
                "how's",
                "i'm",
                "i'd",
                "i've",
                "you're",
                "don't",
                "doesn't",
                "it's",
                "im",
                "dont",
                // The same without the apostrophe, as typed on a phone.
                "whats",
                "hows",
                "wheres",
                "whos",
                "thats",
                "theres",
                "ive",
                "youre",
                "doesnt",
                "didnt",
                "isnt",
                "arent",
                "cant",
                "wont",
                "yall",
                "ur",
                "pls",
                "plz",
                "other",
                "someone",
                "somebody",
                "able",
                "kind",
                "sort",
                "kinds",
                "type",
                "types",
                "treat",
                "treating",
                "see",
                "handle",
                "help",
                "come",
                "work",
                "with",
                "take",
                "takes",
                "taking",
                "else",
                "more",
                "one",
                "very",
                "way",
                "make",
                "sure",
                "ask",
                "asking",
                "info",
                "information",
                "we're",
                "they're",
                "i'll",
                "you'll",
                "we'll",
                "isn't",
                "aren't",
                "wasn't",
                "can't",
                "won't",
                "didn't",
                "haven't",
                "we'd",
                "that's",
                "lol",
                "per",
                "literally",
                "roughly",
                "usually",
                "actually",
                "basically",
                "probably",
                "maybe",
                "currently",
                "anyway",
                "yes",
                "yeah",
                "yep",
                "yup",
                "nope",
                "nah",
                "sure",
                // fillers that name nothing: "is there somewhere to tie up?", "can I still get botox?"
                "somewhere",
                "anywhere",
                "still",
                "super",
                "even",
                "too",
                "up",
                "honestly",
                "tbh",
                "kinda",
                "pretty",
                "thing",
                "things",
                "stuff",
                "exactly",
                "someplace",
                "anyone",
                "anybody",
                "totally",
                "definitely",
                "said",
                "say",
                "says",
                "went",
                "came",
                "again",
                "little",
                "bit",
                "already",
                "nothing",
                "everything",
                "anymore",
                "because",
                "than",
                "since",
                "myself",
                "think",
                "thinking",
                "out",
                "over",
                "look",
                "looking"));
        return CharArraySet.unmodifiableSet(set);
    }
}
