package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis with stemming. Question filler ("do you", "how much", "tell me") is dropped as
 * stop words, so what remains is what the question is about, which makes term coverage meaningful.
 */
final class Terms {

    static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
        private final Analyzer english = new EnglishAnalyzer(stopWords());

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return english;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return Phrases.rewrite(reader);
        }
    };

    // An item's title, text and clauses are analysed again for every question that finds them, and
    // the analysis (phrase rewrites, stemming) is pure: the same text always gives the same terms.
    private static final int CACHED = 20_000;
    private static final Map<String, Set<String>> ANALYSED = new ConcurrentHashMap<>();

    private Terms() {}

    static Set<String> of(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashSet<>();
        }
        Set<String> known = ANALYSED.get(text);
        if (known == null) {
            known = analyse(text);
            if (ANALYSED.size() >= CACHED) {
                ANALYSED.clear();
            }
            ANALYSED.put(text, known);
        }
        return new LinkedHashSet<>(known);
    }

    private static Set<String> analyse(String text) {
        Set<String> terms = new LinkedHashSet<>();
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
                "even",
                "too",
                "up",
                "honestly",
                "tbh",
                "kinda",
                "gotta",
                "gonna",
                "wanna",
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
