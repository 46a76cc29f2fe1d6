import PacketModel

/// The renderers and quiz engine that make a complete packet.
public enum StandardPacket {
    /// Every renderer of a packet, in manifest order.
    public static var renderers: [any PacketRenderer] { [] }

    /// The quiz engine.
    public static let makeQuiz: PacketBuilder.QuizMaker = { _, _, _, _ in QuizSet(bank: [], forms: []) }

    /// A builder with the standard renderers.
    public static func builder(version: String) -> PacketBuilder {
        PacketBuilder(renderers: renderers, makeQuiz: makeQuiz, generator: "packet \(version)")
    }
}
