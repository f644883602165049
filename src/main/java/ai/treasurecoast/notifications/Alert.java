package ai.treasurecoast.notifications;

/** What an event becomes: a summary for the digest, an email (text and HTML) and a short SMS. */
record Alert(
        String kind,
        String sourceId,
        String summary,
        boolean urgent,
        String subject,
        String emailText,
        String emailHtml,
        String smsText) {}
