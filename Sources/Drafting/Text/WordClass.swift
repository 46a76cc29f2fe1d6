/// The word lists a finder asks about for (nearly) every token. ``TokenizedText`` works out once
/// which lists hold each distinct word of the text, so asking about a token costs two array loads
/// instead of hashing its word (those lookups were a third of finding figures, dates and claims).
/// Each class answers exactly as its list's `contains` does.
enum WordClass: Int, CaseIterable, Sendable {
    case quantityStart, timeUnit, relativeDateStart, month, claimCue, violent
    case stopWord, functionWord, title, weekday, connector, eventWord, eventSuffix
    case organisationWord, placeWord, placeCue, compassWord, organisationCueAfter, speechVerb
    case peopleNoun, attackNoun, coordinator

    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// The words of the class: the keys of the finder's list.
    var words: [String] {
        switch self {
        case .quantityStart: Array(NumberWords.startWords)
        case .timeUnit: Array(NumberWords.timeUnits.keys)
        case .relativeDateStart: Array(DateFinder.relativeStarts)
        case .month: Array(DateFinder.months.keys)
        case .claimCue: Array(ClaimFinder.cueWords)
        case .violent: Array(Advisory.violentWords)
        case .stopWord: Array(FigureFinder.stopWords)
        case .functionWord: Array(EntityFinder.functionWords)
        case .title: Array(EntityFinder.titles)
        case .weekday: Array(EntityFinder.weekdays)
        case .connector: Array(EntityFinder.connectors)
        case .eventWord: Array(EntityFinder.eventWords)
        case .eventSuffix: Array(EntityFinder.eventSuffixes)
        case .organisationWord: Array(EntityClassifier.organisationWords)
        case .placeWord: Array(EntityClassifier.placeWords)
        case .placeCue: Array(EntityClassifier.placeCues.keys)
        case .compassWord: Array(EntityClassifier.compassWords)
        case .organisationCueAfter: Array(EntityClassifier.organisationCuesAfter)
        case .speechVerb: Array(EntityClassifier.speechVerbs)
        case .peopleNoun: Array(NumberWords.peopleNouns)
        case .attackNoun: Array(NumberWords.attackNouns)
        case .coordinator: EntityClassifier.coordinators
        }
    }
}
