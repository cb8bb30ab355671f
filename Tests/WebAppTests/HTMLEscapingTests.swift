import Testing
@testable import WebApp

@Suite("HTML rendering")
struct HTMLRenderingTests {
    @Test("Text and attribute values are escaped, so user data cannot inject markup")
    func escaping() {
        let hostile = #""><script>alert('x')</script>&amp;"#
        let html = div(.class(hostile), Attribute("title", hostile)) { hostile }.render()
        #expect(!html.contains("<script>"))
        #expect(html == #"<div class="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;" title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;</div>"#)
    }

    @Test("Boolean attributes appear only when set, void elements have no end tag")
    func attributes() {
        #expect(input(.type("checkbox"), .checked(true), .required(false)).render() == #"<input type="checkbox" checked>"#)
        #expect(fragment { "a"; if false { "b" }; for n in 1...2 { String(n) } }.render() == "a12")
    }

    @Test("Organisation names with markup are shown as text on the page")
    func pageEscapesData() async throws {
        try await TestApp.run { world in
            _ = try await world.makeOrganisation("<img src=x onerror=alert(1)> Shelter")
            let page = try await (try await world.browser(signedInAs: world.admin)).get("/organisations")
            #expect(!page.text.contains("<img src=x"))
            #expect(page.text.contains("&lt;img src=x onerror=alert(1)&gt; Shelter"))
        }
    }
}
