import PacketBuild

/// The builder the synthetic benchmarks use: every renderer and the whole quiz engine, but no
/// audience blueprint. A synthetic article has no craft notes, vocabulary or dated events, so no
/// shipped blueprint could be met; the selection the blueprint steers is a small part of the work.
enum SyntheticBuilder {
    static func make() -> PacketBuilder {
        PacketBuilder(renderers: StandardPacket.renderers, makeQuiz: { article, audience, forms, seed, review in
            var audience = audience
            audience.quiz.blueprint = nil
            return try StandardPacket.makeQuiz(article, audience, forms, seed, review)
        }, generator: "packet bench")
    }
}
