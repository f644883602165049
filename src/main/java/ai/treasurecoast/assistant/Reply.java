package ai.treasurecoast.assistant;

import java.util.List;
import java.util.Map;

/**
 * What the pipeline answers. {@code kind} is one of answer, clarify, fallback, crisis, refusal.
 * Actions are maps in the public contract's shape, e.g. {@code {"type":"book","url":...}},
 * {@code {"type":"lead_form"}}, {@code {"type":"call","phone":...}}.
 */
public sealed interface Reply permits Reply.Answer, Reply.Clarify, Reply.Fallback, Reply.Crisis, Reply.Refusal {

    String text();

    List<Source> sources();

    String disclaimer();

    List<Map<String, Object>> actions();

    String kind();

    /** A knowledge item the reply rests on. {@code type} is faq, article, service or hours. */
    record Source(String type, String id, String title) {}

    record Answer(String text, List<Source> sources, String disclaimer, List<Map<String, Object>> actions)
            implements Reply {
        public String kind() {
            return "answer";
        }
    }

    record Clarify(String text, List<Source> sources, String disclaimer, List<Map<String, Object>> actions)
            implements Reply {
        public String kind() {
            return "clarify";
        }
    }

    record Fallback(String text, List<Source> sources, String disclaimer, List<Map<String, Object>> actions)
            implements Reply {
        public String kind() {
            return "fallback";
        }
    }

    /** Fixed text, never model output. {@code category} is self_harm, medical_emergency, danger, violence, abuse, or unclassified (the classifier's, which covers every kind). */
    record Crisis(
            String text, List<Source> sources, String disclaimer, List<Map<String, Object>> actions, String category)
            implements Reply {
        public String kind() {
            return "crisis";
        }
    }

    record Refusal(String text, List<Source> sources, String disclaimer, List<Map<String, Object>> actions)
            implements Reply {
        public String kind() {
            return "refusal";
        }
    }
}
