import Testing
import PacketModel
@testable import QuizEngine

@Suite("Building blocks")
struct BuildingBlockTests {
    @Test("SplitMix64 matches the reference sequence for seed 0")
    func splitMixReference() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("FNV-1a 64 matches the published test vectors")
    func fnvReference() {
        #expect(FNV1a.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test("draws below a bound stay in range and reach every value")
    func belowInRange() {
        var random = SplitMix64(seed: 9)
        let draws = (0..<200).map { _ in random.below(5) }
        #expect(draws.allSatisfy { (0..<5).contains($0) })
        #expect(Set(draws).count == 5)
        #expect(random.below(0) == 0)
    }

    @Test("shuffles are Fisher–Yates with the generator's draws, of elements and of places alike", arguments: [0, 1, 2, 7, 500])
    func shufflesMatchFisherYates(count: Int) {
        let elements = (0..<count).map { "item \($0)" }
        // The shuffle as first written: swap elements in place, from the last down.
        var reference = SplitMix64(seed: 42, purpose: "shuffle"), byElements = reference, byPlaces = reference
        var expected = elements
        var i = count - 1
        while i > 0 {
            expected.swapAt(i, reference.below(i + 1))
            i -= 1
        }
        #expect(byElements.shuffled(elements) == expected)
        #expect(byPlaces.shuffledIndices(count).map { elements[$0] } == expected)
        let next = reference.next()
        #expect(byElements.next() == next && byPlaces.next() == next, "all used the same number of draws")
    }

    @Test("wrong options are the candidates nearest the answer's length, ties in shuffled order", arguments: [1, 2, 5])
    func pickRanksByLength(seed: UInt64) {
        let tier = ["a claim of middling length", "short", "a claim that is rather longer than the answer is",
                    "“Curly” words’ length here", "another claim of middling size", "x", "the answer of some width"]
        let answer = "the answer of some length"
        // The ranking as first written: shuffle the texts, then sort by (distance in characters, place).
        var reference = SplitMix64(seed: seed, purpose: "pick"), random = reference
        let expected = reference.shuffled(tier).enumerated()
            .sorted { (abs($0.element.count - answer.count), $0.offset) < (abs($1.element.count - answer.count), $1.offset) }
            .prefix(3).map(\.element)
        let picked = Distractors.pick(3, for: answer, from: [tier], isTrue: { _ in false }, random: &random)
        #expect(picked == expected)
        #expect(random.next() == reference.next(), "the pick used as many draws as the shuffle")
    }

    @Test("largest remainder gives the leftover seats to the biggest remainders")
    func largestRemainder() {
        #expect(Apportionment.largestRemainder(total: 10, weights: [1, 1, 1]) == [4, 3, 3])
        #expect(Apportionment.largestRemainder(total: 7, weights: [5, 3, 2]) == [4, 2, 1])
        #expect(Apportionment.largestRemainder(total: 3, weights: [0, 0]) == [0, 0])
        #expect(Apportionment.largestRemainder(total: 4, weights: [Int.max, Int.max]) == [2, 2])
    }

    @Test("capped apportionment moves a full key's share to the others")
    func cappedApportionment() {
        let counts = Apportionment.counts(total: 9, weights: ["a": 1, "b": 1, "c": 1], order: ["a", "b", "c"],
                                          caps: ["a": 1, "b": 10, "c": 10])
        #expect(counts == ["a": 1, "b": 4, "c": 4])
        let short = Apportionment.counts(total: 9, weights: ["a": 1], order: ["a"], caps: ["a": 2])
        #expect(short == ["a": 2])
        let missing = Apportionment.counts(total: 4, weights: ["a": 1, "b": 1], order: ["a", "b"], caps: ["b": 9])
        #expect(missing == ["b": 4])
    }

    @Test("text is compared without case, spacing or punctuation")
    func normalising() {
        #expect(TextNormal.same("Al-Abadi,  Haider.", "al abadi haider"))
        #expect(!TextNormal.same("18%", "1.8%"))
    }

    @Test("numbers and dates are written and read back the same way")
    func valueText() {
        #expect(ValueText.number(12_000) == "12,000")
        #expect(ValueText.number(18, percent: true) == "18%")
        #expect(ValueText.number(2.5) == "2.5")
        #expect(ValueText.parseNumber("1,200") == 1200)
        let day = PartialDate(year: 2017, month: 7, day: 9)
        #expect(day.map(ValueText.date) == "July 9, 2017")
        #expect(ValueText.parseDate("July 9, 2017") == day)
        #expect(ValueText.parseDate("1,200") == nil)
        #expect(ValueText.isAscending(["1,200", "6,000", "12,000"]))
        #expect(ValueText.isAscending(["March 2015", "June 2020"]))
        #expect(!ValueText.isAscending(["June 2020", "March 2015"]))
    }

    @Test("perturbed numbers stay whole for counts and within 0–100 for percentages")
    func perturbations() {
        let counts = Distractors.perturbations(of: 12, percent: false)
        #expect(counts.allSatisfy { $0 == $0.rounded() && $0 != 12 })
        #expect(counts.contains(120))
        let percents = Distractors.perturbations(of: 40, percent: true)
        #expect(percents.contains(60) && percents.allSatisfy { $0 <= 100 })
    }
}
