package org.frontierledger.ingestion.internal.extract;

import java.util.Set;

/** Capitalised words that are not parts of personal names. */
final class Stopwords {
    static final Set<String> CAPITALISED = Set.of("The", "This", "That", "These", "Those", "And", "But", "Or", "As",
            "In", "On", "At", "By", "For", "From", "With", "Without", "While", "When", "Where", "What", "Why", "How",
            "Who", "Which", "If", "It", "Its", "Their", "His", "Her", "Our", "Your", "My", "We", "They", "He", "She",
            "You", "So", "Then", "Yet", "Also", "After", "Before", "Since", "Until", "Over", "Under", "Into", "About",
            "Key", "Points", "Full", "Transcript", "Summary", "Source", "Sections", "Notable", "Quotes", "Questions",
            "Answered", "Episode", "Chapters", "Ideas", "Worth", "Words", "Saving", "Remembering", "Get", "Add",
            "Power", "Global", "Open", "Business", "Science", "Tech", "Models", "Model", "Special", "Moment",
            "Learning", "Library", "Back", "Strategic", "Competition", "Preview", "Ready", "Sure", "Yes", "No",
            "Okay", "Well", "Fantastic", "Wonderful", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "New", "York", "United", "States", "Supreme", "Court", "Democratic",
            "Republican", "Party", "House", "White", "Street", "Valley", "Silicon", "Sputnik", "Paradox");

    private Stopwords() {}
}
