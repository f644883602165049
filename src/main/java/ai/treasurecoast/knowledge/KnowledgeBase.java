package ai.treasurecoast.knowledge;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge of one workspace: CRUD for FAQs, articles, services and hours (each change
 * validated, audited and bumping the workspace's knowledge version in one transaction), and
 * {@link #search} over the workspace's own items only. Access rules are checked by callers.
 */
@Service
public class KnowledgeBase {

    /** Confidence at or above which a hit is taken to answer the question. */
    public static final double ANSWERABLE = KnowledgeIndex.ANSWERABLE;

    private final KnowledgeRepository repository;
    private final KnowledgeIndex index;
    private final AuditRecorder audit;
    private final Workspaces workspaces;
    private final JsonMapper json;

    KnowledgeBase(
            KnowledgeRepository repository,
            KnowledgeIndex index,
            AuditRecorder audit,
            Workspaces workspaces,
            JsonMapper json) {
        this.repository = repository;
        this.index = index;
        this.audit = audit;
        this.workspaces = workspaces;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public PageResult<Faq> faqs(WorkspaceId workspace, PageRequest page) {
        return page(workspace, "faq", page).map(KnowledgeItem::faq);
    }

    @Transactional(readOnly = true)
    public Faq faq(WorkspaceId workspace, UUID id) {
        return get(workspace, "faq", id).faq();
    }

    @Transactional
    public Faq createFaq(WorkspaceId workspace, FaqInput input) {
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.faq(checks, input.question(), input.answer());
        checks.throwIfAny();
        return create(workspace, item("faq", null, input.question(), input.answer(), null, null))
                .faq();
    }

    @Transactional
    public Faq updateFaq(WorkspaceId workspace, UUID id, FaqInput input) {
        KnowledgeItem before = get(workspace, "faq", id);
        String question = or(input.question(), before.title());
        String answer = or(input.answer(), before.body());
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.faq(checks, question, answer);
        checks.throwIfAny();
        return update(workspace, before, item("faq", id, question, answer, null, null))
                .faq();
    }

    @Transactional
    public void deleteFaq(WorkspaceId workspace, UUID id) {
        delete(workspace, "faq", id);
    }

    @Transactional(readOnly = true)
    public PageResult<Article> articles(WorkspaceId workspace, PageRequest page) {
        return page(workspace, "article", page).map(KnowledgeItem::article);
    }

    @Transactional(readOnly = true)
    public Article article(WorkspaceId workspace, UUID id) {
        return get(workspace, "article", id).article();
    }

    @Transactional
    public Article createArticle(WorkspaceId workspace, ArticleInput input) {
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.article(checks, input.title(), input.body());
        checks.throwIfAny();
        return create(workspace, item("article", null, input.title(), input.body(), null, null))
                .article();
    }

    @Transactional
    public Article updateArticle(WorkspaceId workspace, UUID id, ArticleInput input) {
        KnowledgeItem before = get(workspace, "article", id);
        String title = or(input.title(), before.title());
        String body = or(input.body(), before.body());
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.article(checks, title, body);
        checks.throwIfAny();
        return update(workspace, before, item("article", id, title, body, null, null))
                .article();
    }

    @Transactional
    public void deleteArticle(WorkspaceId workspace, UUID id) {
        delete(workspace, "article", id);
    }

    @Transactional(readOnly = true)
    public PageResult<ServiceOffering> services(WorkspaceId workspace, PageRequest page) {
        return page(workspace, "service", page).map(KnowledgeItem::service);
    }

    @Transactional(readOnly = true)
    public ServiceOffering service(WorkspaceId workspace, UUID id) {
        return get(workspace, "service", id).service();
    }

    @Transactional
    public ServiceOffering createService(WorkspaceId workspace, ServiceInput input) {
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.service(checks, input.name(), input.description(), input.priceText(), input.durationMinutes());
        checks.throwIfAny();
        return create(
                        workspace,
                        item(
                                "service",
                                null,
                                input.name(),
                                input.description(),
                                blankToNull(input.priceText()),
                                input.durationMinutes()))
                .service();
    }

    @Transactional
    public ServiceOffering updateService(WorkspaceId workspace, UUID id, ServiceInput input) {
        KnowledgeItem before = get(workspace, "service", id);
        String name = or(input.name(), before.title());
        String description = or(input.description(), before.body());
        String price = input.priceText() != null ? blankToNull(input.priceText()) : before.priceText();
        Integer minutes = input.durationMinutes() != null ? input.durationMinutes() : before.durationMinutes();
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.service(checks, name, description, price, minutes);
        checks.throwIfAny();
        return update(workspace, before, item("service", id, name, description, price, minutes))
                .service();
    }

    @Transactional
    public void deleteService(WorkspaceId workspace, UUID id) {
        delete(workspace, "service", id);
    }

    /** The workspace's hours; with none entered, an empty schedule in the workspace's time zone. */
    @Transactional(readOnly = true)
    public Hours hours(WorkspaceId workspace) {
        return repository
                .hoursJson(workspace)
                .map(j -> json.readValue(j, Hours.class))
                .orElseGet(() -> new Hours(workspaces.get(workspace).timezone(), List.of(), List.of()));
    }

    @Transactional
    public Hours setHours(WorkspaceId workspace, Hours input) {
        Hours before = hours(workspace);
        Hours after = validHours(input);
        repository.saveHours(workspace, json.writeValueAsString(after));
        repository.bump(workspace);
        audit.record(AuditEvent.of("hours.update", "hours", workspace, workspace)
                .before(before)
                .after(after));
        return after;
    }

    /** The current knowledge version; every change bumps it. 0 for a workspace with no changes yet. */
    @Transactional(readOnly = true)
    public long version(WorkspaceId workspace) {
        return repository.version(workspace);
    }

    /**
     * What a text is about, as a unit vector (the one the search compares questions and items
     * with); all zeros when none of its words is known. Pure computation, no workspace involved.
     */
    public float[] meaning(String text) {
        return WordVectors.of(text);
    }

    /**
     * Does the message ask whether the business offers something no item of this workspace
     * mentions ("do you have a pool?" at a gym whose knowledge never says pool)? Asking what it
     * means would not help: the knowledge has nothing on it.
     */
    public boolean asksForUnknown(WorkspaceId workspace, String message) {
        Set<String> object = Concepts.offerObject(message);
        if (object.isEmpty()) {
            return asksPriceOfUnknown(workspace, message);
        }
        IndexSnapshot snapshot = index.snapshot(workspace);
        return object.stream().noneMatch(snapshot::known);
    }

    /**
     * Does the message ask only the price of something no item of this workspace mentions, even
     * with its spelling put right ("how much is dysport?" where the knowledge has Botox alone)?
     */
    public boolean asksPriceOfUnknown(WorkspaceId workspace, String message) {
        Set<String> object = PricedThing.onlyAsked(message);
        if (object.isEmpty()) {
            // Most messages: no lookup of the workspace's knowledge version.
            return false;
        }
        IndexSnapshot snapshot = index.snapshot(workspace);
        return object.stream().noneMatch(snapshot::known)
                && PricedThing.onlyAsked(snapshot.corrected(message)).stream().noneMatch(snapshot::known);
    }

    /**
     * Does a price question ask about another kind of the hit's thing, by a word this workspace's
     * knowledge never uses ("a tetanus shot" against "Flu shot"), or by another size ("a large
     * area" against "Laser hair removal, small area")? The hit's price is not for it.
     */
    public boolean namesOtherKind(WorkspaceId workspace, String message, KnowledgeHit hit) {
        IndexSnapshot snapshot = index.snapshot(workspace);
        return Variants.otherKind(snapshot::known, snapshot.corrected(message), hit.title())
                || Variants.otherSize(message, hit.title())
                || PricedThing.another(snapshot::known, snapshot.corrected(message), hit.title(), hit.text());
    }

    private static final Set<String> WHAT_IS_IN_IT = Terms.of("included involved entailed");

    /**
     * Is everything the message is about in the hit ("what's included?" and a plan that "includes
     * two tune-ups")? Question words and concepts such as price or duration do not count, so "how
     * much is it?" is about any item. Pure computation, no workspace involved.
     */
    public boolean coversSubject(KnowledgeHit hit, String message) {
        Set<String> item = Terms.of(hit.title() + " " + hit.text());
        boolean service = "service".equals(hit.type());
        return Concepts.subject(message).stream()
                // A service's description is what it includes: "what's included?" asks for it.
                .filter(t -> !(service && WHAT_IS_IN_IT.contains(t)))
                .allMatch(t -> IndexSnapshot.covers(item, t));
    }

    /**
     * Does an item's title name what the message is about, words of {@code besides} apart? "Is there
     * a happy hour?" names "what time does happy hour end?" besides the words of the schedule;
     * "Where are you located?" does not. Pure computation, no workspace involved.
     */
    public boolean titleNames(String title, String message, String besides) {
        Set<String> subject = Concepts.subject(message);
        subject.removeAll(Terms.of(besides));
        Set<String> titled = Terms.of(title);
        return subject.stream().anyMatch(t -> IndexSnapshot.covers(titled, t));
    }

    /**
     * Does the hit's title name one of the workspace's offerings (a word of a service's name) that
     * neither the message nor the cited item mentions? "Is there downtime after a HydraFacial?"
     * does, for "is there downtime?" asked after lip filler: it answers about something else.
     */
    public boolean aboutAnotherOffering(WorkspaceId workspace, KnowledgeHit hit, String message, KnowledgeHit cited) {
        Set<String> named = Terms.of(message + " " + cited.title() + " " + cited.text());
        Set<String> offerings = index.snapshot(workspace).offeringTerms();
        return Terms.of(hit.title()).stream()
                .anyMatch(t -> offerings.contains(t) && !Concepts.WORDS.contains(t) && !IndexSnapshot.covers(named, t));
    }

    /**
     * Searches the workspace's own knowledge (never another workspace's), best first. Hits carry a
     * confidence; compare it with {@link #ANSWERABLE}. Blank queries find nothing.
     */
    public List<KnowledgeHit> search(WorkspaceId workspace, String query, int limit) {
        return index.search(workspace, query, limit);
    }

    /**
     * Replaces every FAQ, article, service and the hours of a workspace (demo seeding). Validated
     * like single changes; one audit entry {@code knowledge.replace} with counts.
     */
    @Transactional
    public void replaceAll(WorkspaceId workspace, KnowledgeContent content) {
        workspaces.get(workspace);
        FieldChecks checks = new FieldChecks();
        content.faqs().forEach(f -> KnowledgeRules.faq(checks, f.question(), f.answer()));
        content.articles().forEach(a -> KnowledgeRules.article(checks, a.title(), a.body()));
        content.services()
                .forEach(s ->
                        KnowledgeRules.service(checks, s.name(), s.description(), s.priceText(), s.durationMinutes()));
        Hours hours = content.hours() == null ? null : validHours(content.hours());
        checks.throwIfAny();
        repository.deleteAll(workspace);
        content.faqs()
                .forEach(f -> repository.insert(workspace, item("faq", null, f.question(), f.answer(), null, null)));
        content.articles()
                .forEach(a -> repository.insert(workspace, item("article", null, a.title(), a.body(), null, null)));
        content.services()
                .forEach(s -> repository.insert(
                        workspace,
                        item(
                                "service",
                                null,
                                s.name(),
                                s.description(),
                                blankToNull(s.priceText()),
                                s.durationMinutes())));
        if (hours != null) {
            repository.saveHours(workspace, json.writeValueAsString(hours));
        }
        repository.bump(workspace);
        audit.record(AuditEvent.of("knowledge.replace", "knowledge", workspace, workspace)
                .after(java.util.Map.of(
                        "faqs",
                        content.faqs().size(),
                        "articles",
                        content.articles().size(),
                        "services",
                        content.services().size(),
                        "hours",
                        hours != null)));
    }

    private Hours validHours(Hours input) {
        FieldChecks checks = new FieldChecks();
        KnowledgeRules.hours(checks, input);
        checks.throwIfAny();
        return KnowledgeRules.normalise(input);
    }

    private PageResult<KnowledgeItem> page(WorkspaceId workspace, String kind, PageRequest page) {
        return new PageResult<>(
                repository.page(workspace, kind, page), page.page(), page.size(), repository.count(workspace, kind));
    }

    private KnowledgeItem get(WorkspaceId workspace, String kind, UUID id) {
        return repository
                .find(workspace, kind, id)
                .orElseThrow(() -> new NotFoundException(KnowledgeItem.label(kind) + " not found"));
    }

    private KnowledgeItem create(WorkspaceId workspace, KnowledgeItem item) {
        repository.insert(workspace, item);
        repository.bump(workspace);
        KnowledgeItem stored = get(workspace, item.kind(), item.id());
        audit.record(AuditEvent.of(item.kind() + ".create", item.kind(), item.id(), workspace)
                .after(stored.view()));
        return stored;
    }

    private KnowledgeItem update(WorkspaceId workspace, KnowledgeItem before, KnowledgeItem after) {
        repository.update(workspace, after);
        repository.bump(workspace);
        KnowledgeItem stored = get(workspace, after.kind(), after.id());
        audit.record(AuditEvent.of(after.kind() + ".update", after.kind(), after.id(), workspace)
                .before(before.view())
                .after(stored.view()));
        return stored;
    }

    private void delete(WorkspaceId workspace, String kind, UUID id) {
        KnowledgeItem before = get(workspace, kind, id);
        repository.delete(workspace, kind, id);
        repository.bump(workspace);
        audit.record(AuditEvent.of(kind + ".delete", kind, id, workspace).before(before.view()));
    }

    private static KnowledgeItem item(String kind, UUID id, String title, String body, String price, Integer minutes) {
        return new KnowledgeItem(
                id == null ? UUID.randomUUID() : id, kind, title.strip(), body.strip(), price, minutes, null, null);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
