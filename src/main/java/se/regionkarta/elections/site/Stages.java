package se.regionkarta.elections.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionkarta.site.Lang;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;

/** Names the stages of an allocation (where a tie happened) in the page's language; the model names them in English. */
final class Stages {

    private record Rule(Pattern english, String swedish) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("fixed seats to constituencies \\(largest remainder\\)"), "fasta mandat till valkretsarna (största rest)"),
            new Rule(Pattern.compile("fixed seats in (.+)"), "fasta mandat i $1"),
            new Rule(Pattern.compile("all seats of the region"), "regionens alla mandat"),
            new Rule(Pattern.compile("surplus seat of (.+) in (.+)"), "överskottsmandat för $1 i $2"),
            new Rule(Pattern.compile("order of adjustment seats"), "ordningen för utjämningsmandaten"),
            new Rule(Pattern.compile("adjustment seat of (.+)"), "utjämningsmandat för $1"),
            new Rule(Pattern.compile("seats between lists"), "platser mellan listorna"),
            new Rule(Pattern.compile("seats within the joint list (.+)"), "platser inom valkartellen $1"));

    private Stages() {
    }

    /** Returns the stage in the page's language; an unknown stage stays English, marked so. */
    static Txt name(String stage, SiteRequest req) {
        if (req.lang() == Lang.EN) {
            return new Txt(stage, null);
        }
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(stage);
            if (m.matches()) {
                return new Txt(m.replaceFirst(r.swedish()), null);
            }
        }
        return req.english(stage);
    }
}
