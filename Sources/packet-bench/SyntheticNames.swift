/// Made-up words for synthetic articles: a distinct place name for every index, so every
/// paragraph carries a word no other paragraph has and its excerpts are unique.
enum SyntheticNames {
    /// Two-letter syllables (consonant then vowel), so a name splits into syllables one way only
    /// and different indices always give different names.
    private static let syllables: [String] = {
        var result: [String] = []
        for c in ["k", "l", "m", "r", "t"] { for v in ["a", "e", "i", "o", "u"] { result.append(c + v) } }
        return result
    }()

    /// The town name of `index`: three or more syllables, capitalised ("Kalemo").
    static func town(_ index: Int) -> String {
        var n = index
        var parts: [String] = []
        repeat {
            parts.append(syllables[n % syllables.count])
            n /= syllables.count
        } while n > 0 || parts.count < 3
        let word = parts.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static let firstNames = ["Mira", "Tomas", "Lena", "Omar", "Sofia", "Jonas", "Priya", "Diego", "Hana", "Kofi",
                             "Ingrid", "Ravi", "Elena", "Samir", "Yuki", "Marta", "Felix", "Amara", "Nils", "Leila"]
    static let surnames = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Castellano", "Brennan", "Takeda", "Novak",
                           "Achterberg", "Mbeki", "Ferreira", "Kowalczyk", "Dubois", "Halvorsen", "Nakamura",
                           "Oyelaran", "Petrescu", "Quintero", "Sandoval", "Vasquez"]
    static let roles = ["farmer", "council member", "engineer", "teacher", "hydrologist", "shop owner", "nurse",
                        "economist", "mayor", "student"]
    static let topics = ["canal", "reservoir", "bridge", "railway", "school", "clinic", "market", "harbour",
                         "power line", "library"]
    static let effects = ["cut travel times", "lower prices", "create jobs", "protect harvests", "reduce flooding",
                          "raise rents", "attract visitors", "save water"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let organizations = ["Harlow Institute", "Civic Data Office", "Meridian Trust", "Northgate Survey Group"]
    /// Glossary words, each used in one paragraph only.
    static let terms: [(term: String, definition: String, partOfSpeech: String)] = [
        ("aquifer", "Rock or soil underground that holds water.", "noun"),
        ("levee", "A bank built to keep a river from flooding.", "noun"),
        ("subsidy", "Money a government gives to lower a cost.", "noun"),
        ("tariff", "A tax on goods brought in from abroad.", "noun"),
        ("easement", "A right to use someone else's land for a purpose.", "noun"),
        ("watershed", "The land that drains into one river.", "noun"),
        ("sluice", "A gate that controls the flow of water.", "noun"),
        ("drought", "A long time without enough rain.", "noun"),
        ("culvert", "A tunnel that carries water under a road.", "noun"),
        ("irrigate", "To bring water to land through channels.", "verb"),
        ("levy", "A tax raised for one purpose.", "noun"),
        ("arable", "Fit for growing crops.", "adjective"),
    ]
}
