package org.listscope.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English given names and the familiar forms people sign with that are not a plain prefix of them:
 * {@code bill} for {@code william}, {@code bob} for {@code robert}, {@code steve} for
 * {@code stephen}. Prefix forms such as {@code tim} for {@code timothy} need no entry: {@link
 * PersonNames} takes those on their own. Names are normalised as {@link PersonNames#normalize} gives
 * them: lower case, without accents.
 */
final class Nicknames {

    /** Each line: a formal given name, then its familiar forms. */
    private static final String[] TABLE = {
        "abigail abby gail",
        "albert al bert bertie",
        "alexander alex sandy sasha xander",
        "alexandra alex sandy sandra sasha",
        "alfred al alf fred freddie",
        "alan al",
        "allan al",
        "andrew andy drew",
        "anthony tony",
        "antonia toni",
        "barbara barb babs",
        "benjamin ben benny",
        "catherine cathy kate katie kay",
        "charles charlie chuck chas chip",
        "christine chris chrissy tina",
        "christopher chris kit topher",
        "daniel dan danny",
        "david dave davy",
        "deborah deb debbie",
        "donald don donny",
        "douglas doug",
        "edward ed eddie ned ted",
        "edwin ed eddie",
        "edmund ed ned",
        "elizabeth liz lizzie beth betty betsy eliza libby",
        "eugene gene",
        "frederick fred freddie rick",
        "geoffrey jeff geoff",
        "gerald jerry gerry",
        "gregory greg",
        "harold hal harry",
        "henry hank harry hal",
        "herbert herb bert",
        "jacob jake",
        "james jim jimmy jamie",
        "jeffrey jeff",
        "jennifer jen jenny",
        "jeremy jerry",
        "john jack johnny jon",
        "jonathan jon jonny",
        "joseph joe joey",
        "katherine kate katie kathy kay",
        "kathleen kathy kate",
        "kenneth ken kenny",
        "lawrence larry",
        "laurence larry",
        "leonard len lenny leo",
        "margaret maggie meg peggy marge",
        "mary molly polly",
        "matthew matt",
        "michael mike mick mickey",
        "nathaniel nate nat",
        "nathan nate",
        "nicholas nick nicky",
        "nicolas nick",
        "patricia pat patty trish",
        "patrick pat paddy",
        "peter pete",
        "philip phil",
        "phillip phil",
        "rebecca becky becca",
        "richard rich rick ricky dick",
        "robert rob bob bobby robbie bert",
        "ronald ron ronnie",
        "samuel sam sammy",
        "samantha sam",
        "sarah sally",
        "stephen steve stevie",
        "steven steve stevie",
        "susan sue suzy",
        "theodore ted teddy theo",
        "thomas tom tommy",
        "timothy tim timmy",
        "vincent vince vinny",
        "walter walt wally",
        "william bill billy will willy liam",
        "zachary zach zack",
    };

    /** Formal name -> its familiar forms. */
    private static final Map<String, Set<String>> FORMS = forms();

    private Nicknames() {
    }

    private static Map<String, Set<String>> forms() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : TABLE) {
            String[] words = line.split(" ");
            out.computeIfAbsent(words[0], x -> new HashSet<>()).addAll(Arrays.asList(words).subList(1, words.length));
        }
        return out;
    }

    /**
     * Whether one given name is a familiar form of the other by the table ({@code bill} and
     * {@code william}, either way round). Two familiar forms are not compared through their formal
     * name: {@code rick} may be a Richard and {@code fred} a Frederick.
     */
    static boolean sameName(String a, String b) {
        return FORMS.getOrDefault(a, Set.of()).contains(b) || FORMS.getOrDefault(b, Set.of()).contains(a);
    }
}
