import Testing
import PacketModel

@Suite("A blueprint for an article that lacks a skill's material")
struct BlueprintExcusingTests {
    @Test("Items of a skill the model says the article has nothing for are asked as argument structure, keeping the form's size")
    func movesToArgumentStructure() throws {
        let blueprint = QuizBlueprint(skills: [.centralIdea: .items(2), .argumentStructure: .items(3), .counterargument: .items(1),
                                               .numbers: .items(1), .evidence: .percent(100)])
        let excused = blueprint.excusing([.counterargument, .numbers], total: 12)
        let counts = try #require(excused.counts(total: 12))
        #expect(counts[.argumentStructure] == 5)
        #expect(counts[.counterargument] == 0 && counts[.numbers] == 0)
        #expect(counts[.evidence] == 5 && counts[.centralIdea] == 2)
        #expect(counts.values.reduce(0, +) == 12)
    }

    @Test("Only an explicit 'none' excuses a skill: a model with no opposing view listed keeps the full blueprint")
    func onlyExplicitAbsence() {
        var article = ArticleModel(id: "a", metadata: Metadata(title: "t", outlet: "o", genre: .news,
                                                              published: PublicationDate(date: PartialDate(year: 2020)!)),
                                   summary: "s", thesis: Claim(id: "thesis", text: "t", kind: .fact, excerpt: "t"))
        #expect(article.absentSkills.isEmpty)
        article.counterarguments = Absence.none
        article.statisticsAbsence = Absence.none
        #expect(article.absentSkills == [.counterargument, .numbers])
    }
}
