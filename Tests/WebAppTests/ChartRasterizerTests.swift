import Foundation
import NIOPosix
import Testing
@testable import WebApp

@Suite("PNG charts")
struct ChartRasterizerTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="blue"/></svg>"#

    @Test("A renderer that fails gives an error with its message, never an image")
    func failingRenderer() async throws {
        let pool = NIOThreadPool.singleton
        // `false` exits with 1 and writes nothing: the error says so.
        await #expect(throws: ChartRasterizer.Problem.failed("rsvg-convert ended with status 1")) {
            try await ChartRasterizer(executable: "/bin/false").png(Self.svg, on: pool)
        }
        await #expect(throws: ChartRasterizer.Problem.unavailable) {
            try await ChartRasterizer(executable: nil).png(Self.svg, on: pool)
        }
    }

    @Test("rsvg-convert draws the SVG at twice its size",
          .enabled(if: StatisticsTests.rsvgConvert != nil, "rsvg-convert is not installed (Debian: librsvg2-bin); .ci/install-dependencies installs it"))
    func drawsAtTwiceTheSize() async throws {
        let pool = NIOThreadPool.singleton
        let png = Array(try await ChartRasterizer(executable: StatisticsTests.rsvgConvert).png(Self.svg, on: pool))
        // IHDR: width and height, big-endian, at bytes 16–23.
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 80)
        #expect(png[20..<24].reduce(0) { $0 << 8 | Int($1) } == 40)
    }
}
