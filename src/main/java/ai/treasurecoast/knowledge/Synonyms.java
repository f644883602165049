package ai.treasurecoast.knowledge;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words visitors use for what the knowledge calls something else ("kids" for "children", "agency"
 * for "office"). Applied at query time to analysed (stemmed) terms: a query term counts as covered
 * by an item that contains one of its alternatives. Directional on purpose ("dog" finds "pet", not
 * the other way round), and general: words any local business's visitors use, not fixes for single
 * questions.
 */
final class Synonyms {

    private static final Map<String, Set<String>> ALTERNATIVES = new HashMap<>();

    static {
        people();
        animals();
        placesAndThings();
        actionsAndServices();
    }

    private Synonyms() {}

    /** Stemmed alternatives of one stemmed query term (empty when there are none). */
    static Set<String> of(String term) {
        return ALTERNATIVES.getOrDefault(term, Set.of());
    }

    private static void people() {
        both("kids", "children");
        both("kid", "child");
        both("kids", "child");
        both("child", "children");
        for (String young : List.of("son", "daughter", "toddler", "infant", "baby", "teen", "teenager", "minor")) {
            one(young, "child");
        }
        one("ladies", "women");
        one("lady", "women");
        one("gentlemen", "men");
        both("lawyer", "attorney");
        both("doctor", "physician");
        one("doctor", "provider");
        both("vet", "veterinarian");
        one("dentist", "doctor");
        both("agent", "realtor");
        one("tech", "technician");
    }

    private static void animals() {
        for (String pet : List.of("dog", "cat", "puppy", "kitten")) {
            one(pet, "pet");
        }
        for (String pets : List.of("dogs", "cats", "puppies", "kittens")) {
            one(pets, "pets");
        }
    }

    private static void placesAndThings() {
        both("office", "agency");
        both("car", "vehicle");
        both("truck", "vehicle");
        // "a synthetic oil change on a 2019 honda pilot": the make or model is the car (not a model
        // whose stem is an everyday word: Accord, Explorer, Forester, Odyssey, Sienna).
        for (String car : List.of(
                "honda",
                "toyota",
                "ford",
                "chevy",
                "chevrolet",
                "nissan",
                "hyundai",
                "kia",
                "subaru",
                "mazda",
                "jeep",
                "dodge",
                "gmc",
                "buick",
                "cadillac",
                "lexus",
                "acura",
                "bmw",
                "mercedes",
                "audi",
                "volkswagen",
                "vw",
                "tesla",
                "volvo",
                "chrysler",
                "infiniti",
                "mitsubishi",
                "camry",
                "corolla",
                "civic",
                "f150",
                "silverado",
                "tacoma",
                "tundra",
                "rav4",
                "altima",
                "sentra",
                "wrangler",
                "highlander",
                "outback",
                "suv",
                "minivan",
                "sedan")) {
            one(car, "car");
        }
        // "Which towns do your agents work in?": the areas served.
        // Not "city" or "cities" (one stem): Palm City is a town.
        for (String place : List.of("town", "neighborhood", "neighbourhood")) {
            one(place, "area");
        }
        for (String places : List.of("towns", "neighborhoods", "neighbourhoods")) {
            one(places, "areas");
        }
        // "a sports physical for volleyball": the sport is sports.
        for (String sport : List.of(
                "volleyball",
                "soccer",
                "football",
                "baseball",
                "basketball",
                "softball",
                "lacrosse",
                "hockey",
                "wrestling",
                "cheer",
                "cheerleading",
                "swimming")) {
            one(sport, "sports");
        }
        one("sailboat", "boat");
        one("yacht", "boat");
        one("ac", "air conditioning");
        one("conditioner", "ac");
        one("conditioners", "ac");
        both("simple", "basic");
        for (String where : List.of("located", "location")) {
            one(where, "address");
            one(where, "office");
            one("address", where);
        }
        both("car", "auto");
        one("people", "guests");
        one("fit", "seats");
        both("lender", "mortgage");
        both("roofer", "roof");
        one("roofers", "roof");
        both("teeth", "tooth");
        one("weekend", "saturday");
        one("weekend", "sunday");
        one("weekends", "saturday");
        one("boat", "dock");
        one("tie", "dock");
        one("moor", "dock");
        both("party", "event");
        one("parties", "events");
        one("rent", "private");
        both("rental", "lease");
        one("wear", "dress");
        one("clothes", "dress");
        one("clothing", "dress");
        one("dressy", "dress");
        one("attire", "dress");
    }

    private static void actionsAndServices() {
        both("fix", "repair");
        one("broken", "repair");
        both("quote", "estimate");
        one("shot", "vaccine");
        one("shots", "vaccines");
        one("jab", "vaccine");
        both("vaccine", "vaccination");
        one("immunization", "vaccine");
        one("loan", "financing");
        one("installments", "financing");
        one("kennel", "boarding");
        one("beginner", "new");
        one("beginners", "new");
        one("newbie", "new");
        one("miss", "no-show");
        one("unclog", "clog");
        one("unclog", "drain");
        one("blocked", "clog");
        one("backed", "clog");
        one("microchipping", "microchip");
        one("chip", "microchip");
        one("tour", "showing");
        one("ride", "shuttle");
        one("lift", "shuttle");
        one("test", "lab");
        one("test", "inspection");
        one("testing", "inspection");
        one("tests", "labs");
        one("bloodwork", "lab");
        one("checkup", "exam");
        one("checkup", "wellness");
        one("physical", "exam");
        one("urgent", "emergency");
        one("guarantee", "warranty");
        one("guaranteed", "warranty");
        one("hold", "pause");
        one("hold", "freeze");
        one("celiac", "gluten");
        one("joining", "sign-up");
        one("join", "sign-up");
        one("worth", "value");
        one("notice", "ahead");
        one("notice", "advance");
        one("trainer", "training");
        one("instalments", "financing");
        both("kind", "type");
        one("video", "telehealth");
        for (String app : List.of("zoom", "facetime", "skype")) {
            one(app, "video");
        }
        one("virtual", "telehealth");
        one("snake", "drain");
        both("pregnant", "pregnancy");
        one("nursing", "breastfeeding");
        one("breastfeeding", "nursing");
        one("file", "report");
        one("homeowners", "home");
        one("homeowner", "home");
        one("venue", "location");
        one("comp", "compensation");
        one("arrested", "criminal");
        one("jet", "watercraft");
        one("ski", "watercraft");
        one("skis", "watercraft");
        one("valuation", "worth");
        one("appraisal", "worth");
        one("meeting", "consultation");
        one("meal", "menu");
        one("meals", "menu");
        one("married", "wedding");
        one("married", "bridal");
        one("scope", "camera");
        one("scoped", "camera");
        both("yearly", "annual");
        one("penalty", "fee");
        one("blood", "lab");
        one("unit", "system");
        one("sink", "drain");
        one("deal", "special");
        one("deal", "discount");
        one("savings", "discount");
        // Not "scared" or "afraid": "I'm scared, I broke a tooth" is an emergency, not anxiety.
        one("phobia", "anxious");
        one("anxiety", "anxious");
        one("monthly", "month");
        one("gf", "gluten");
        for (String exotic : List.of(
                "rabbit",
                "rabbits",
                "bunny",
                "parakeet",
                "parrot",
                "lizard",
                "snake",
                "turtle",
                "hamster",
                "ferret",
                "guinea",
                "bird")) {
            one(exotic, "exotic");
        }
        one("rear", "accident");
        one("crash", "accident");
        one("collision", "accident");
        one("pontoon", "boat");
        both("condominium", "condo");
        one("photograph", "photo");
        one("photographs", "photos");
        one("photography", "photos");
        one("haircut", "cut");
        one("haircuts", "cuts");
        one("bleaching", "whitening");
        one("bleach", "whitening");
        for (String joining : List.of("startup", "enrollment", "enrolment", "initiation", "activation")) {
            one(joining, "sign-up");
        }
        for (String shot : List.of("filler", "fillers", "needles", "injection", "injections", "botox")) {
            one(shot, "injectables");
        }
        one("needles", "injections");
        one("workshop", "class");
        one("workshops", "class");
        one("seminar", "class");
        one("seminars", "class");
        for (String charge : List.of("dui", "dwi")) {
            one(charge, "criminal");
        }
        for (String operation : List.of("spay", "spayed", "neuter", "neutered")) {
            one(operation, "surgery");
        }
        for (String nerves : List.of("stressed", "stressful", "stress", "scaredy", "frightened")) {
            one(nerves, "fear");
        }
        one("wheelchair", "elevator");
        one("wheelchair", "accessible");
        one("regular", "conventional");
        // A breed is a dog or a cat: "a yearly checkup on a beagle" asks about a dog's exam.
        for (String breed : List.of(
                "beagle",
                "labrador",
                "retriever",
                "pug",
                "poodle",
                "doodle",
                "goldendoodle",
                "labradoodle",
                "terrier",
                "chihuahua",
                "dachshund",
                "yorkie",
                "corgi",
                "husky",
                "bulldog",
                "pitbull",
                "rottweiler",
                "schnauzer",
                "shih",
                "maltese",
                "pomeranian",
                "spaniel",
                "collie")) {
            one(breed, "dog");
        }
        // Not "persian" (rugs), "maine" (stemmed to "main"), "shepherd" or "boxer" (a pie, a gym).
        for (String breed : List.of("siamese", "tabby", "ragdoll")) {
            one(breed, "cat");
        }
        one("bunch", "pack");
        one("bulk", "pack");
    }

    private static void both(String a, String b) {
        one(a, b);
        one(b, a);
    }

    private static void one(String from, String to) {
        for (String f : Terms.of(from)) {
            Set<String> alts = ALTERNATIVES.computeIfAbsent(f, k -> new LinkedHashSet<>());
            for (String t : Terms.of(to)) {
                if (!t.equals(f)) {
                    alts.add(t);
                }
            }
        }
    }
}
