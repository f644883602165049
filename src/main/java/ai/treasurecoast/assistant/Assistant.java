package ai.treasurecoast.assistant;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The one entry point of the answer pipeline. */
@Service
public class Assistant {

    /** Answers one visitor message; never throws for visitor input. */
    public Reply answer(AnswerRequest request) {
        return new Reply.Fallback(
                "Thanks for your question. Leave your details and the team will call you back.",
                List.of(),
                null,
                List.of(Map.of("type", "lead_form")));
    }
}
