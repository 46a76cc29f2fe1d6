import Testing
@testable import PacketLoading

@Suite("Where an entity's name is mentioned")
struct NameMentionTests {
    @Test("a name inside a longer name of the same kind is no mention of it: Virginia in West Virginia")
    func nameInsideLongerName() {
        let text = "Coalfield Development (West Virginia) leads the coalition."
        #expect(!ModelValidator.containsWord("Virginia", in: text, outside: ["West Virginia"]))
        #expect(ModelValidator.containsWord("Virginia", in: text + " Virginia Tech joins it.", outside: ["West Virginia"]))
        #expect(ModelValidator.containsWord("Virginia", in: text), "without the longer name, the word alone counts")
        #expect(!ModelValidator.containsWord("Virgin", in: text), "never inside a longer word")
    }
}
