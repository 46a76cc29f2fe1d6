import TestHelpers
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
