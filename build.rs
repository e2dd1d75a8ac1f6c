//! Gives carta.exe its icon, its version resource (what Explorer's
//! Properties ▸ Details shows) and a manifest (long paths, the UTF-8 code
//! page, no elevation). Nothing to do for other targets.

fn main() {
    println!("cargo:rerun-if-changed=assets/icons/carta.ico");
    println!("cargo:rerun-if-changed=assets/windows/carta.exe.manifest");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/carta.ico")
        .set("ProductName", "Carta")
        // ASCII: windres reads the resource script in the Windows code page.
        .set("FileDescription", "Carta - Human Rights City profile")
        .set("CompanyName", "Carta contributors")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set("OriginalFilename", "carta.exe")
        .set_manifest_file("assets/windows/carta.exe.manifest");
    if let Err(error) = resource.compile() {
        // Without mingw-w64's windres the exe would have no icon: say so and stop.
        panic!("the Windows resources could not be compiled (is mingw-w64 installed?): {error}");
    }
}
