/// An RGB colour, written `0xRRGGBB`.
public struct Color: Hashable, Sendable {
    public var rgb: UInt32
    public init(_ rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    public static let black = Color(0x000000)
    public static let white = Color(0xFFFFFF)
}
