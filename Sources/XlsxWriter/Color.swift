/// An RGB colour, written `0xRRGGBB`.
package struct Color: Hashable, Sendable {
    var rgb: UInt32
    package init(_ rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    static let black = Color(0x000000)
    package static let white = Color(0xFFFFFF)
}
