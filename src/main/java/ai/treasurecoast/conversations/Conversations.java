package ai.treasurecoast.conversations;

import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Widget transcripts. A session id is 192 random bits, bound to the bot that minted it: an id
 * that is unknown, malformed or belongs to another bot or workspace simply starts a new session.
 * Callers pass the WorkspaceId from the widget path or an already checked admin path.
 */
@Service
public class Conversations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SESSION_ID = Pattern.compile("^[A-Za-z0-9_-]{22,64}$");
    private static final int KINDS_REMEMBERED = 5;

    private final ConversationRepository repository;
    private final ApplicationEventPublisher events;

    Conversations(ConversationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Resolves the visitor's session for this bot, or mints a new id (stored with the first exchange). */
    @Transactional(readOnly = true)
    public SessionContext open(WorkspaceId workspace, String botId, String sessionId) {
        Optional<UUID> existing =
                isWellFormed(sessionId) ? repository.findSession(workspace, botId, sessionId) : Optional.empty();
        if (existing.isPresent()) {
            Optional<ConversationRepository.Last> last = repository.lastExchange(workspace, existing.get());
            return new SessionContext(
                    sessionId,
                    true,
                    repository.recentKinds(workspace, existing.get(), KINDS_REMEMBERED),
                    last.map(ConversationRepository.Last::visitorText).orElse(null),
                    last.map(ConversationRepository.Last::source).orElse(null));
        }
        return new SessionContext(newSessionId(), false, List.of(), null, null);
    }

    /** True when the session exists and belongs to this workspace and bot. */
    @Transactional(readOnly = true)
    public boolean belongsTo(WorkspaceId workspace, String botId, String sessionId) {
        return isWellFormed(sessionId)
                && repository.findSession(workspace, botId, sessionId).isPresent();
    }

    /**
     * Stores one exchange. A crisis reply flags the conversation urgent and publishes
     * {@link CrisisFlagged} in this same transaction, so the alert is written with the message.
     */
    @Transactional
    public void record(WorkspaceId workspace, String botId, String sessionId, Exchange exchange) {
        UUID conversation = repository.upsertSession(workspace, botId, sessionId);
        repository.addMessage(workspace, conversation, exchange);
        if ("crisis".equals(exchange.kind())) {
            String category = exchange.crisisCategory() == null ? "unspecified" : exchange.crisisCategory();
            if (repository.flagUrgent(workspace, conversation, category)) {
                events.publishEvent(new CrisisFlagged(workspace, botId, sessionId, category, Instant.now()));
            }
        }
    }

    /** Conversations, most recent activity first. */
    @Transactional(readOnly = true)
    public PageResult<ConversationView> page(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(
                repository.page(workspace, false, page), page.page(), page.size(), repository.count(workspace, false));
    }

    /** Conversations flagged urgent by a crisis reply, most recent first. */
    @Transactional(readOnly = true)
    public PageResult<ConversationView> crisisFlagged(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(
                repository.page(workspace, true, page), page.page(), page.size(), repository.count(workspace, true));
    }

    /** One conversation with its messages; 404 when it is not in this workspace. */
    @Transactional(readOnly = true)
    public ConversationDetail get(WorkspaceId workspace, UUID id) {
        ConversationView conversation =
                repository.find(workspace, id).orElseThrow(() -> new NotFoundException("Conversation not found"));
        return new ConversationDetail(conversation, repository.messages(workspace, id));
    }

    /** Visitor questions that ended in a fallback reply, newest first: gaps in the knowledge base. */
    @Transactional(readOnly = true)
    public PageResult<UnansweredQuestion> unanswered(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(
                repository.unanswered(workspace, page),
                page.page(),
                page.size(),
                repository.countUnanswered(workspace));
    }

    /** Conversations started per UTC day over the last {@code days} days (days without any are left out). */
    @Transactional(readOnly = true)
    public List<DailyCount> startedPerDay(WorkspaceId workspace, int days) {
        return repository.perDay(workspace, Instant.now().minus(Duration.ofDays(Math.max(1, days))));
    }

    @Transactional(readOnly = true)
    public long count(WorkspaceId workspace) {
        return repository.count(workspace, false);
    }

    static boolean isWellFormed(String sessionId) {
        return sessionId != null && SESSION_ID.matcher(sessionId).matches();
    }

    static String newSessionId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
