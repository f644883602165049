package ai.treasurecoast.assistant;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages written in Spanish, common on the Treasure Coast. The pipeline reads English only, so a
 * Spanish message gets an honest reply in both languages and the callback, never a guess; a
 * Spanish cry for help still gets the emergency numbers.
 */
final class Spanish {

    static final String REPLY = "Lo siento, por ahora solo puedo responder en inglés. Si nos deja su nombre y"
            + " número, el equipo se comunicará con usted. (Sorry, I can only answer in English for now. Leave your"
            + " name and number and the team will get back to you.)";
    static final String SELF_HARM_REPLY = "Lamento mucho que esté pasando por esto. Llame o envíe un mensaje de texto"
            + " al 988 (oprima 2 para español), la línea 988 Suicide & Crisis Lifeline, gratuita y disponible las 24"
            + " horas. Si está en peligro inmediato, llame al 911 ahora. (If you are thinking about suicide, call or"
            + " text 988. If you are in immediate danger, call 911 now.)";
    static final String EMERGENCY_REPLY = "Si usted o alguien está herido o en peligro, llame al 911 ahora. Este chat"
            + " no puede enviar ayuda. (If anyone is hurt or in danger, call 911 now. This chat can't send help.)";

    static final Pattern SELF_HARM = Pattern.compile(
            "\\b(me quiero morir|quiero morir(me)?|suicid(arme|io|a)|matarme|quitarme la vida|no quiero (vivir|seguir viviendo)"
                    + "|hacerme daño|cortarme)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern EMERGENCY = Pattern.compile(
            "\\b(no (puedo|puede) respirar|dolor (en el|de) pecho|infarto|derrame cerebral|inconsciente|convulsi(ón|on|ones)"
                    + "|sobredosis|emergencia|me (está|esta) pegando|me pega|me quiere matar|nos quiere matar|tiene un arma"
                    + "|violencia doméstica|violencia domestica|abus(o|aron|ando) (de )?(mí|mi|me|mis hijos)|incendio|fuga de gas)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern ASKS_ABOUT_SPANISH =
            Pattern.compile("\\b(hablan?|español|espanol|spanish)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> WORDS = Set.of(
            "hola",
            "gracias",
            "necesito",
            "quiero",
            "quisiera",
            "tienen",
            "tiene",
            "hablan",
            "habla",
            "español",
            "espanol",
            "cuánto",
            "cuanto",
            "cuesta",
            "cuestan",
            "dónde",
            "donde",
            "cuándo",
            "cuando",
            "está",
            "están",
            "puedo",
            "puede",
            "para",
            "por",
            "favor",
            "una",
            "un",
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "que",
            "qué",
            "mi",
            "mis",
            "su",
            "con",
            "es",
            "son",
            "hay",
            "y",
            "sí",
            "buenos",
            "buenas",
            "días",
            "tardes",
            "noches",
            "cita",
            "ayuda",
            "usted",
            "ustedes",
            "abierto",
            "abiertos",
            "hoy",
            "mañana",
            "precio",
            "seguro",
            "me",
            "se",
            "lo",
            "le",
            "en",
            "al",
            "como",
            "cómo",
            "pero",
            "muy",
            "tengo",
            "hacen",
            "aceptan",
            "perro",
            "gato");

    private Spanish() {}

    /** Opens with ¿ or ¡, or most of its words are Spanish ones, three at least, or all of two or three. */
    static boolean looksSpanish(String message) {
        if (message == null || message.isBlank()) {
            return false;
        }
        if (message.contains("¿") || message.contains("¡")) {
            return true;
        }
        String[] words = message.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int total = 0, spanish = 0;
        boolean longWord = false;
        for (String word : words) {
            if (!word.isEmpty()) {
                total++;
                if (WORDS.contains(word)) {
                    spanish++;
                    longWord |= word.length() >= 4;
                }
            }
        }
        // "hablan español?": a short message all of Spanish words says as much as a long one, when
        // one of them is more than a particle ("y me", "la la" are not Spanish sentences).
        return spanish >= 3 && spanish * 2 >= total || total <= 3 && spanish >= 2 && spanish == total && longWord;
    }
}
