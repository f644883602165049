/**
 * The business's own knowledge: FAQs, articles, services and opening hours, with a version per
 * workspace that every change bumps, and an in-memory Lucene index per workspace for retrieval.
 * {@link ai.treasurecoast.knowledge.KnowledgeBase} is its facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package ai.treasurecoast.knowledge;
