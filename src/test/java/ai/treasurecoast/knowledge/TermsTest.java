package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void aWillIsASubjectButWillTheVerbIsFiller() {
        assertThat(Terms.of("How much is a will?")).containsExactly("will");
        assertThat(Terms.of("Basic will package")).contains("will", "packag");
        assertThat(Terms.of("Do you draft wills?")).contains("will");
        assertThat(Terms.of("Will my rates go up?")).doesNotContain("will");
        assertThat(Terms.of("I will be late")).doesNotContain("will");
    }

    @Test
    void fillerTypedWithoutApostrophesIsStillFiller() {
        assertThat(Terms.of("whats included")).containsExactly("includ");
        assertThat(Terms.of("cant u guys fix it pls")).containsExactly("fix");
    }

    @Test
    void textSpeakRIsAreButAnRBeforeANumberIsKept() {
        assertThat(Terms.of("where r u located")).containsExactly("locat");
        assertThat(Terms.of("do you still service R-22 systems?")).contains("r", "22");
    }

    @Test
    void whatToHaveWithYouIsWhatToBring() {
        assertThat(Terms.of("what should I have with me the first time?"))
                .contains(Terms.of("bring").iterator().next());
        assertThat(Terms.of("do you have it with the sauce?"))
                .doesNotContain(Terms.of("bring").iterator().next());
    }

    @Test
    void whereYourPlaceIsAsksWhereItIsLocated() {
        assertThat(Terms.of("we just moved here, where is your shop exactly?")).contains("locat");
        assertThat(Terms.of("where do I park?")).doesNotContain("locat");
    }

    @Test
    void monthsAlongIsAPregnancy() {
        assertThat(Terms.of("my wife is 7 months along")).contains("pregnant");
        assertThat(Terms.of("do you work with expecting moms?")).contains("pregnant");
        assertThat(Terms.of("what should I expect at my first visit?")).doesNotContain("pregnant");
    }

    @Test
    void watchingAPetIsBoardingAndPayingMonthlyIsFinancing() {
        assertThat(Terms.of("can you watch my dog while we're on vacation?")).contains("board");
        assertThat(Terms.of("Can you keep his dog? It needs insulin.")).contains("board");
        assertThat(Terms.of("can you keep my cat for a week while I travel")).contains("board");
        assertThat(Terms.of("can we leave our dog with you while we go on vacation"))
                .contains("board");
        assertThat(Terms.of("can I make monthly payments on a new roof?")).contains("financ");
        assertThat(Terms.of("do you offer payment plans?")).contains("financ");
        assertThat(Terms.of("what payment methods do you take?")).doesNotContain("financ");
    }

    @Test
    void fillersNameNothing() {
        assertThat(Terms.of("is there somewhere to tie up")).containsExactly("tie");
        assertThat(Terms.of("I'm thinking I can still get botox, right?")).containsExactly("botox", "right");
    }

    @Test
    void aTuneUpIsOneWordHoweverItIsWritten() {
        assertThat(Terms.of("how much for a regular AC tune up")).containsAll(Terms.of("AC tune-up"));
        assertThat(Terms.of("tuneup")).isEqualTo(Terms.of("tune-up"));
    }

    @Test
    void everydayPhrasesForWhatBusinessesNameInOneWord() {
        assertThat(Terms.of("property management for year-round rentals")).contains("annual");
        assertThat(Terms.of("we have never bought a place before")).contains("buyer");
        assertThat(Terms.of("if I have to bail last minute is there a fee")).contains("cancel");
        assertThat(Terms.of("my son needs bail money")).doesNotContain("cancel");
        assertThat(Terms.of("can I pay per class?")).contains("drop");
        assertThat(Terms.of("what's your license number")).containsExactly("licens");
        assertThat(Terms.of("can you look it over before I buy it?")).contains("inspect");
        assertThat(Terms.of("can i just show up for a cut")).contains("walkin");
        assertThat(Terms.of("roll in without an appointment")).contains("walkin");
        assertThat(Terms.of("Do you take walk-ins?")).contains("walkin");
        assertThat(Terms.of("can i just swing by w/o an appt for a tire rotation?"))
                .contains("walkin");
        assertThat(Terms.of("stop by without an appointment")).contains("walkin");
        assertThat(Terms.of("botox wears off after how long?")).contains("last");
        assertThat(Terms.of("what might our place in palm city go for?")).contains("worth");
        assertThat(Terms.of("how much could our house fetch")).contains("worth");
        assertThat(Terms.of("if something happens after you close")).containsAll(Terms.of("after hours"));
        assertThat(Terms.of("who do I call after you're closed")).containsAll(Terms.of("after hours"));
        assertThat(Terms.of("what if something goes wrong at night")).containsAll(Terms.of("emergency"));
        assertThat(Terms.of("do you do a practice run for the hair?")).contains("trial");
        assertThat(Terms.of("Can I do a video visit?")).containsAll(Terms.of("telehealth visit"));
        assertThat(Terms.of("Is there somewhere I can leave him while I'm in class?"))
                .contains("childcar");
        assertThat(Terms.of("can I drop off my son while I work out?")).contains("childcar");
        assertThat(Terms.of("can I leave my car while you work on it?")).doesNotContain("childcar");
        assertThat(Terms.of("what does it cost for someone to come figure out whats wrong?"))
                .contains("diagnos");
        assertThat(Terms.of("what's wrong with my tooth?")).doesNotContain("diagnos");
        assertThat(Terms.of("can you send me a video of the room?"))
                .doesNotContainAnyElementsOf(Terms.of("telehealth"));
        assertThat(Terms.of("how do I start a claim")).containsAll(Terms.of("report claim"));
        assertThat(Terms.of("I have an open claim with you, who is handling it?"))
                .doesNotContainAnyElementsOf(Terms.of("report"));
        assertThat(Terms.of("any way to get a car to drive in the meantime?")).contains("loaner");
        // Who to ask names no subject.
        assertThat(Terms.of("my dog is limping, can I talk to someone about it?"))
                .doesNotContainAnyElementsOf(Terms.of("talk someone"));
        assertThat(Terms.of("can I talk to someone about financing?")).containsAll(Terms.of("financing"));
    }

    @Test
    void whatVisitorsShortenIsWrittenOut() {
        assertThat(Terms.of("can I move my appt to tmrw")).containsAll(Terms.of("appointment tomorrow"));
        assertThat(Terms.of("new pt visit how long")).containsAll(Terms.of("new patient"));
        assertThat(Terms.of("need a refill on my rx")).containsAll(Terms.of("prescription"));
        assertThat(Terms.of("do you take my ins?")).containsAll(Terms.of("insurance"));
        assertThat(Terms.of("is he vaxxed? which vax does he need")).containsAll(Terms.of("vaccinated vaccine"));
        assertThat(Terms.of("my 6 mo old")).containsAll(Terms.of("months"));
        assertThat(Terms.of("a/c is out")).contains("ac");
        assertThat(Terms.of("how much are xrays?")).containsAll(Terms.of("X-rays"));
        assertThat(Terms.of("do I need an x ray")).containsAll(Terms.of("X-ray"));
        assertThat(Terms.of("synthetic oil chg w/o an appt")).containsAll(Terms.of("change without appointment"));
        assertThat(Terms.of("phone # for the office")).containsAll(Terms.of("phone number"));
        assertThat(Terms.of("how much is a pt session?")).doesNotContain("patient");
        assertThat(Terms.of("the ins and outs of a claim")).doesNotContain("insur");
        assertThat(Terms.of("open 24hrs? 2 hr wait?")).contains("hour");
        assertThat(Terms.of("can I talk to HR about a harassment complaint")).doesNotContain("hour");
        assertThat(Terms.of("what are yr hours on sat")).doesNotContain("year");
        assertThat(Terms.of("do you work on a Lexus RX 350")).doesNotContain("prescript");
        assertThat(Terms.of("can I see dr nguyen")).contains("doctor");
        assertThat(Terms.of("your office on Ocean Dr")).doesNotContain("doctor");
    }

    @Test
    void phraseRewritesKeepToTheirMeaning() {
        assertThat(Terms.of("do you do take out?")).contains("takeout");
        assertThat(Terms.of("can I take out a loan?")).doesNotContain("takeout");
        assertThat(Terms.of("signing up online, is there a fee?")).containsAll(Terms.of("sign-up fee"));
        assertThat(Terms.of("I was looking over your listings")).doesNotContain("inspect");
        assertThat(Terms.of("my brother got picked up for drunk driving")).contains("dui");
        assertThat(Terms.of("I was hit by a drunk driver")).doesNotContain("dui");
        assertThat(Terms.of("can my dog eat breakfast before his neuter")).contains("feed");
        assertThat(Terms.of("can we eat outside?")).doesNotContain("feed");
        assertThat(Terms.of("how do I take care of my cat after her spay?")).doesNotContain("board");
        assertThat(Terms.of("how do I take care of my dog?")).doesNotContain("board");
        assertThat(Terms.of("can I leave my dog for his surgery in the morning?"))
                .doesNotContain("board");
        assertThat(Terms.of("how do I take care of my dog when he gets home?")).doesNotContain("board");
        assertThat(Terms.of("could you care for my cat while I'm out of town next week?"))
                .contains("board");
        assertThat(Terms.of("can you take care of my dog while we're on vacation?"))
                .contains("board");
        assertThat(Terms.of("can I just come by and get a haircut?")).contains("walkin");
        assertThat(Terms.of("can I just drop by for a trim?")).contains("walkin");
        assertThat(Terms.of("can I leave him while I'm at work?")).doesNotContain("childcar");
        assertThat(Terms.of("how should I care for my dog during recovery?")).doesNotContain("board");
        assertThat(Terms.of("can you keep my dog for the dental?")).doesNotContain("board");
        assertThat(Terms.of("can you take my dog?")).doesNotContain("board");
        assertThat(Terms.of("can I just swing by and drop off the form?")).doesNotContain("walkin");
        assertThat(Terms.of("can I just stop by to pick up my records?")).doesNotContain("walkin");
        assertThat(Terms.of("can I drop in without booking?")).doesNotContain("walkin");
        assertThat(Terms.of("is there a chg for x-rays?")).doesNotContain("chang");
        assertThat(Terms.of("can you take my dog's temperature?")).doesNotContain("board");
        assertThat(Terms.of("can I stop by to drop off paperwork?")).doesNotContain("walkin");
        assertThat(Terms.of("where are you with my claim?")).doesNotContain("locat");
        assertThat(Terms.of("where's your menu?")).doesNotContain("locat");
        assertThat(Terms.of("year-round flea prevention")).doesNotContain("annual");
        assertThat(Terms.of("my dog bit someone")).contains("bit");
        assertThat(Terms.of("does the gym have a place to go for a run?")).doesNotContain("worth");
        assertThat(Terms.of("what would a new AC unit go for?")).doesNotContain("worth");
        assertThat(Terms.of("what time should I show up for my color appointment?"))
                .doesNotContain("walkin");
        assertThat(Terms.of("we walk you through the paperwork")).doesNotContain("walkin");
        assertThat(Terms.of("can I just turn in my paperwork?")).doesNotContain("walkin");
        assertThat(Terms.of("do i gotta book, or can i wanna walk in")).doesNotContain("gotta", "wanna");
    }

    @Test
    void eachCallerGetsItsOwnSet() {
        Terms.of("teeth whitening").clear();
        assertThat(Terms.of("teeth whitening")).containsExactly("teeth", "whiten");
    }

    @Test
    void foodToGoIsTakeout() {
        assertThat(Terms.of("can i order food to go")).containsExactly("takeout");
        assertThat(Terms.of("can I get the wings to go?")).contains("wing", "takeout");
        assertThat(Terms.of("can I order tacos to go?")).contains("taco", "takeout");
        assertThat(Terms.of("I want to go to the beach")).doesNotContain("takeout");
    }
}
