package ai.treasurecoast.leads;

import ai.treasurecoast.leads.LeadInputs.NewBookingRequest;
import ai.treasurecoast.leads.LeadInputs.NewLead;
import ai.treasurecoast.leads.LeadRepository.StoredKey;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.UnprocessableException;
import ai.treasurecoast.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads, booking requests and booking intents. A submission is validated, its card numbers are
 * replaced, and it is stored first; {@link LeadCaptured} / {@link BookingRequested} are published in
 * the same transaction, so listeners' outbox rows commit (or roll back) with it. With an
 * Idempotency-Key, the same key and body answer the first result again; another body is 422.
 */
@Service
public class Leads {

    static final String LEADS = "leads";
    static final String REQUESTS = "booking_requests";
    static final String INTENTS = "booking_intents";

    private final LeadRepository repository;
    private final ApplicationEventPublisher events;

    Leads(LeadRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public Receipt capture(WorkspaceId workspace, String botId, NewLead input, String idempotencyKey) {
        LeadView lead = LeadRules.lead(workspace, botId, input, idempotencyKey);
        Optional<Receipt> replay = claim(workspace, "lead", idempotencyKey, LeadRules.hash(lead), lead.id());
        if (replay.isPresent()) {
            return replay.get();
        }
        repository.insertLead(lead);
        events.publishEvent(new LeadCaptured(
                lead.id(),
                workspace,
                botId,
                lead.name(),
                lead.email(),
                lead.phone(),
                lead.message(),
                lead.createdAt()));
        return new Receipt(lead.id(), false);
    }

    @Transactional
    public Receipt requestBooking(WorkspaceId workspace, String botId, NewBookingRequest input, String idempotencyKey) {
        BookingRequestView request = LeadRules.request(workspace, botId, input, idempotencyKey);
        Optional<Receipt> replay =
                claim(workspace, "booking_request", idempotencyKey, LeadRules.hash(request), request.id());
        if (replay.isPresent()) {
            return replay.get();
        }
        repository.insertRequest(request);
        events.publishEvent(new BookingRequested(
                request.id(),
                workspace,
                botId,
                request.name(),
                request.email(),
                request.phone(),
                request.service(),
                request.preferredTime(),
                request.notes(),
                request.createdAt()));
        return new Receipt(request.id(), false);
    }

    /** Logs that a visitor followed the external booking link; {@code url} is the workspace's https page. */
    @Transactional
    public UUID recordIntent(WorkspaceId workspace, String botId, String sessionId, String url) {
        UUID id = UUID.randomUUID();
        repository.insertIntent(workspace, id, botId, LeadRules.sessionOrNull(sessionId), url);
        return id;
    }

    @Transactional(readOnly = true)
    public PageResult<LeadView> leads(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(
                repository.leads(workspace, page), page.page(), page.size(), repository.count(LEADS, workspace));
    }

    @Transactional(readOnly = true)
    public LeadView lead(WorkspaceId workspace, UUID id) {
        return repository.lead(workspace, id).orElseThrow(() -> new NotFoundException("Lead not found"));
    }

    @Transactional(readOnly = true)
    public PageResult<BookingRequestView> bookingRequests(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(
                repository.requests(workspace, page), page.page(), page.size(), repository.count(REQUESTS, workspace));
    }

    @Transactional(readOnly = true)
    public BookingRequestView bookingRequest(WorkspaceId workspace, UUID id) {
        return repository.request(workspace, id).orElseThrow(() -> new NotFoundException("Booking request not found"));
    }

    @Transactional(readOnly = true)
    public long countLeads(WorkspaceId workspace) {
        return repository.count(LEADS, workspace);
    }

    @Transactional(readOnly = true)
    public long countBookingRequests(WorkspaceId workspace) {
        return repository.count(REQUESTS, workspace);
    }

    @Transactional(readOnly = true)
    public long countBookingIntents(WorkspaceId workspace) {
        return repository.count(INTENTS, workspace);
    }

    /** Leads per UTC day over the last {@code days} days, for a dashboard chart (empty days left out). */
    @Transactional(readOnly = true)
    public List<DailyCount> leadsPerDay(WorkspaceId workspace, int days) {
        return repository.perDay(LEADS, workspace, since(days));
    }

    @Transactional(readOnly = true)
    public List<DailyCount> bookingRequestsPerDay(WorkspaceId workspace, int days) {
        return repository.perDay(REQUESTS, workspace, since(days));
    }

    private Optional<Receipt> claim(WorkspaceId workspace, String scope, String key, String hash, UUID id) {
        if (key == null) {
            return Optional.empty();
        }
        if (repository.claimKey(workspace, scope, key, hash, id)) {
            return Optional.empty();
        }
        StoredKey stored = repository.findKey(workspace, scope, key).orElseThrow();
        if (!stored.bodyHash().equals(hash)) {
            throw new UnprocessableException("This Idempotency-Key was already used with a different request body.");
        }
        return Optional.of(new Receipt(stored.resultId(), true));
    }

    private static Instant since(int days) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(Math.max(1, days) - 1L));
    }
}
