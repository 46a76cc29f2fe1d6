import PacketModel

/// A fictional class of 30 students with varied answers to the fixture quiz: right and wrong
/// answers, odd case and spacing, blanks, numbers within and outside tolerance.
enum ClassFixture {
    static let names = [
        "Avery Brooks", "Bea Castillo", "Cody Dunn", "Dana Ellis", "Eli Foster", "Faye Gomez", "Gus Hale", "Hana Ito",
        "Ivan Jones", "Jade Kim", "Kai Lopez", "Lena Moss", "Milo Nash", "Nia Owens", "Omar Price", "Pia Quinn",
        "Quinn Reed", "Rosa Shah", "Sam Tate", "Tara Underwood", "Uma Vance", "Vic Wells", "Wren Xu", "Xena Young",
        "Yara Zane", "Zack Abbott", "Ari Bell", "Beau Cruz", "Cleo Diaz", "Dev Evans",
    ]

    /// Right answers and a few wrong or oddly typed ones for each item, in item order.
    static let choices: [[String]] = [
        ["B", "b", " B ", "A", "C", "D", ""],
        ["A", "a", "B", "A ", ""],
        ["18", "18.4", "17.6", "19", "18%", "", "eighteen", "18.0"],
        ["Mosul", "mosul", "Al Mosul", " al mosul ", "Raqqa", "", "Baghdad"],
        ["BAC", "bac", "ABC", "CAB", ""],
        ["BCA", "bca", "ACB", "CBA", ""],
        ["C", "c", "A", "B", ""],
        ["Yes, because it can still inspire attacks online.", "", "No."],
    ]

    /// 30 students; who answers what is drawn from a seeded generator, so the class is the same every run.
    static let responses: ClassResponses = {
        var rng = SplitMix64(seed: 20_170_709)
        let students = names.enumerated().map { index, name in
            let skill = Double(index % 10) / 10
            let answers = choices.map { options -> String in
                let roll = Double(rng.next() % 1000) / 1000
                if roll < 0.35 + skill * 0.6 { return options[Int(rng.next() % 2)] }
                return options[Int(rng.next() % UInt64(options.count))]
            }
            return ClassResponses.Student(name: name, answers: answers)
        }
        return ClassResponses(students: students)
    }()
}

/// A small seeded generator (never the system's random source), for reproducible fixtures.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
