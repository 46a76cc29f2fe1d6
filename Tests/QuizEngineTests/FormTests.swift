import Foundation
import Testing
import PacketModel
@testable import QuizEngine

@Suite("Forms")
struct FormTests {
    func json(_ quiz: QuizSet) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(quiz)
    }

    @Test("the same seed gives byte-identical quizzes")
    func reproducible() throws {
        let first = try QuizFixtures.quiz(seed: 42)
        let second = try QuizFixtures.quiz(seed: 42)
        #expect(try json(first) == json(second))
    }

    @Test("a different seed gives different forms")
    func differentSeed() throws {
        let a = try QuizFixtures.quiz(seed: 42), b = try QuizFixtures.quiz(seed: 43)
        #expect(a.forms.map { $0.items.map(\.id) } != b.forms.map { $0.items.map(\.id) })
    }

    @Test("without a seed the quiz is seeded from the article id")
    func defaultSeed() throws {
        let model = FixtureArticle.model
        let implicit = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        let explicit = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience(),
                                               seed: FNV1a.hash(model.id))
        #expect(implicit == explicit)
        var renamed = model
        renamed.id = "another-article"
        #expect(try QuizEngine.makeQuiz(for: renamed, audience: FixtureArticle.audience()) != implicit)
    }

    @Test("forms A, B, C hold the same items, laid out the same way, in different orders; the bank starts with them")
    func formsShareItems() throws {
        let quiz = try QuizFixtures.quiz(forms: 3)
        #expect(quiz.forms.map(\.name) == ["A", "B", "C"])
        let ids = quiz.forms.map { $0.items.map(\.id) }
        #expect(Set(ids.map { Set($0) }).count == 1)
        #expect(Set(ids).count == 3)
        #expect(Set(quiz.forms.map(\.seed)).count == 3)
        let bank = Dictionary(uniqueKeysWithValues: quiz.bank.map { ($0.id, $0) })
        for form in quiz.forms { #expect(form.items.allSatisfy { bank[$0.id] == $0 }) }
        #expect(Set(quiz.bank.prefix(quiz.formA.items.count).map(\.id)) == Set(quiz.formA.items.map(\.id)))
    }

    @Test("the number of forms defaults to the audience's and is never below two")
    func formCount() throws {
        #expect(try QuizFixtures.quiz().forms.count == 2)
        #expect(try QuizFixtures.quiz(forms: 1).forms.count == 2)
        let four = FixtureArticle.audience(quiz: QuizSettings(forms: 4))
        #expect(try QuizFixtures.quiz(audience: four).forms.count == 4)
    }

    @Test("a form has the audience's item count and type mix by largest remainder")
    func typeMix() throws {
        let settings = QuizSettings(count: 8, types: [.multipleChoice: 2, .trueFalse: 1, .factOpinion: 1])
        let quiz = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: settings))
        let counts = Dictionary(grouping: quiz.formA.items, by: \.type).mapValues(\.count)
        #expect(counts == [.multipleChoice: 4, .trueFalse: 2, .factOpinion: 2])
        #expect(Set(quiz.bank.map(\.type)) == [.multipleChoice, .trueFalse, .factOpinion])
    }

    @Test("a type the model cannot supply enough of gives its places to the other types")
    func typeShortfall() throws {
        let settings = QuizSettings(count: 10, types: [.ordering: 5, .essay: 5, .multipleChoice: 1])
        let quiz = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: settings))
        let counts = Dictionary(grouping: quiz.formA.items, by: \.type).mapValues(\.count)
        #expect(counts == [.ordering: 1, .essay: 1, .multipleChoice: 8])
    }

    @Test("the Bloom mix steers which items are chosen")
    func bloomMix() throws {
        let remember = QuizSettings(count: 4, types: [.factOpinion: 1], bloom: [.understand: 1])
        let analyze = QuizSettings(count: 4, types: [.factOpinion: 1], bloom: [.analyze: 1])
        let r = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: remember)).formA.items
        let a = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: analyze)).formA.items
        #expect(r.filter { $0.bloom == .understand }.count == 2)   // the fixture has two plain facts
        #expect(a.allSatisfy { $0.bloom == .analyze })
    }

    @Test("options per item follow the audience setting, as far as the model has fitting wrong answers")
    func optionsPerItem() throws {
        let three = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: QuizSettings(options: 3))).bank
        #expect(three.filter { $0.type == .whoSaidIt }.allSatisfy { $0.options.count == 3 })
        let five = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: QuizSettings(options: 5))).bank
        let numbers = five.filter { $0.id.hasPrefix("multiple-choice.s-") }
        #expect(numbers.allSatisfy { $0.options.count <= 5 } && numbers.contains { $0.options.count == 5 })
        // Four nouns: a noun's meaning has three wrong answers of its own part of speech, never a verb's.
        #expect(five.filter { $0.id.hasPrefix("multiple-choice.v-") && $0.id != "multiple-choice.v-retrofit" }
            .allSatisfy { $0.options.count == 4 })
    }

    @Test("answer positions on every form stay within one of a fair share, for many seeds")
    func positionsBalanced() throws {
        let settings = QuizSettings(count: 20, types: [.multipleChoice: 2, .whoSaidIt: 1, .factOpinion: 1, .claimEvidence: 1])
        for seed in UInt64(1)...25 {
            let quiz = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: settings), seed: seed)
            for form in [QuizForm(name: "bank", seed: 0, items: quiz.bank)] + quiz.forms {
                let permutable = form.items.filter { OptionLayout($0) == .permutable }
                let fair = AnswerPositions.expected(permutable.map(\.options.count))
                var counts = [Int](repeating: 0, count: fair.count)
                for item in permutable { if case .choice(let i) = item.answer { counts[i] += 1 } }
                for p in fair.indices {
                    #expect(abs(Double(counts[p]) - fair[p]) <= 1, "seed \(seed) \(form.name): \(counts) vs \(fair)")
                }
            }
        }
    }

    @Test("true/false keeps True/False, numbers stay ascending, and each form's key still matches the model")
    func layoutsKept() throws {
        let quiz = try QuizFixtures.quiz(forms: 3)
        let oracle = TruthOracle(model: FixtureArticle.model)
        for form in quiz.forms {
            for item in form.items {
                if item.type == .trueFalse { #expect(item.options == ["True", "False"]) }
                if item.id.hasPrefix("multiple-choice.s-") { #expect(ValueText.isAscending(item.options)) }
                if item.type.isChoice, let answer = QuizFixtures.answerText(item) {
                    #expect(oracle.isTrue(answer, for: item) == true, "\(form.name) \(item.id)")
                }
            }
        }
    }

    @Test("matching and ordering answers stay correct after each form reshuffles them")
    func reshuffledAnswersStayCorrect() throws {
        let quiz = try QuizFixtures.quiz(forms: 3)
        let bank = Dictionary(uniqueKeysWithValues: quiz.bank.map { ($0.id, $0) })
        for form in quiz.forms {
            for item in form.items where item.type == .ordering {
                guard case .ordering(let order) = item.answer, let original = bank[item.id],
                      case .ordering(let bankOrder) = original.answer else { continue }
                #expect(order.map { item.options[$0] } == bankOrder.map { original.options[$0] })
            }
            for item in form.items where item.type == .matching {
                guard case .matching(let pairs) = item.answer else { continue }
                #expect(item.options.sorted() == pairs.map(\.match).sorted())
                #expect(item.responseKey?.contains("?") == false)
            }
        }
    }
}
