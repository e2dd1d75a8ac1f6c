//! The city's logo and cover photo: chosen in the City panel, kept inside
//! the profile file, shown on the title and closing slides and in the
//! handout.

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::kittest::Queryable;

use carta::model::{PictureRole, Visibility};
use carta::store;

use crate::support::{harness_with, nav, settle};

/// A round logo on a transparent ground, `size` pixels square, as a PNG.
fn logo_png(folder: &Path, size: u32) -> PathBuf {
    let centre = size as f32 / 2.0;
    let image = image::RgbaImage::from_fn(size, size, |x, y| {
        let distance = ((x as f32 - centre).powi(2) + (y as f32 - centre).powi(2)).sqrt();
        if distance < centre * 0.9 {
            image::Rgba([0xc0, 0x30, 0x30, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    let path = folder.join("logo.png");
    image.save(&path).unwrap();
    path
}

/// A photo-like picture (a sky over a sea, with a white sun), `width` ×
/// `height`, as a JPEG.
fn photo_jpeg(folder: &Path, width: u32, height: u32) -> PathBuf {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        let sun = (x as f32 - width as f32 * 0.7).hypot(y as f32 - height as f32 * 0.3);
        if sun < height as f32 * 0.1 {
            image::Rgb([255, 255, 255])
        } else if y < height / 2 {
            image::Rgb([90, 150, (200 + x * 50 / width) as u8])
        } else {
            image::Rgb([20, 70, 110])
        }
    });
    let path = folder.join("harbour.jpg");
    image.save(&path).unwrap();
    path
}

/// Chooses `file` for `button` ("Choose…" beside Logo or Cover photo) in
/// the City panel, through the typed-path window (tests have no native dialog).
fn choose(harness: &mut egui_kittest::Harness<'_, carta::app::CartaApp>, nth: usize, file: &Path) {
    let buttons = harness.get_all_by_label("Choose…").collect::<Vec<_>>();
    buttons[nth].click();
    settle(harness);
    harness
        .get_by_label("File path")
        .type_text(&file.display().to_string());
    harness.key_press(Key::Enter);
    settle(harness);
    // The picture is prepared on a thread of its own; a debug build takes
    // a few seconds for a large photo.
    for _ in 0..1200 {
        harness.step();
        let done = ["added", "could not be used"]
            .iter()
            .any(|said| harness.query_by_label_contains(said).is_some());
        if done {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    settle(harness);
}

#[test]
fn an_officer_adds_a_logo_and_a_cover_photo_saves_and_undoes() {
    let folder = tempfile::tempdir().unwrap();
    let logo = logo_png(folder.path(), 1200);
    let photo = photo_jpeg(folder.path(), 4000, 3000);
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "City");
    assert_eq!(harness.get_all_by_label("None yet").count(), 2);
    choose(&mut harness, 0, &logo);
    harness.get_by_label_contains("Logo added");
    // Made small enough to mail: at most 512 pixels.
    harness.get_by_label("512 × 512");
    choose(&mut harness, 0, &photo);
    harness.get_by_label_contains("Cover photo added");
    harness.get_by_label("1920 × 1440");
    harness.remove_cursor();
    harness.run_steps(2);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(200);
    harness.snapshot_options("city_pictures", &options);
    let city = &harness.state().document().city;
    assert_eq!(city.logo.as_ref().map(|p| p.width), Some(512));
    assert_eq!(city.cover.as_ref().map(|p| p.height), Some(1440));
    // Kept inside the profile: the saved file alone brings them back.
    let saved = folder.path().join("with-pictures.ron");
    store::save(harness.state().document(), &saved).unwrap();
    let again = store::load(&saved).unwrap();
    assert_eq!(again.city.logo, harness.state().document().city.logo);
    assert_eq!(again.city.cover, harness.state().document().city.cover);
    let size = std::fs::metadata(&saved).unwrap().len();
    assert!(size < 1_500_000, "small enough to mail: {size} bytes");
    // Each is one step back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert!(harness.state().document().city.cover.is_none());
    assert!(harness.state().document().city.logo.is_some());
    // Remove takes the logo away.
    harness.get_by_label("Remove").click();
    settle(&mut harness);
    assert!(harness.state().document().city.logo.is_none());
}

#[test]
fn a_file_that_is_not_a_picture_is_refused_in_words_and_nothing_changes() {
    let folder = tempfile::tempdir().unwrap();
    let fake = folder.path().join("logo.png");
    std::fs::write(&fake, "this is not a picture").unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "City");
    let before = harness.state().document().clone();
    choose(&mut harness, 0, &fake);
    harness.get_by_label("The picture could not be used");
    harness.get_by_label_contains("is not a PNG or JPEG picture");
    harness.get_by_label_contains("logo.png");
    assert_eq!(harness.state().document(), &before);
}

/// The sample with a logo and a cover photo, and its folder.
fn sample_with_pictures() -> (tempfile::TempDir, carta::model::Document) {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let logo = logo_png(folder.path(), 400);
    let photo = photo_jpeg(folder.path(), 1600, 1200);
    *document.city.picture_mut(PictureRole::Logo) =
        Some(store::picture::read(&logo, PictureRole::Logo).unwrap());
    *document.city.picture_mut(PictureRole::Cover) =
        Some(store::picture::read(&photo, PictureRole::Cover).unwrap());
    document.programs[1].visibility = Visibility::Internal;
    (folder, document)
}

#[test]
fn the_title_and_closing_slides_show_the_logo_and_the_photo_at_16_9_and_4_3() {
    let (folder, document) = sample_with_pictures();
    let mut harness = harness_with(document, None, folder.path());
    harness.ctx.set_theme(egui::Theme::Light);
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(200);
    for (width, height) in [(1280.0, 720.0), (1024.0, 768.0)] {
        harness.set_size(egui::vec2(width, height));
        harness.key_press(Key::F5);
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("slide_title_pictures_{width}x{height}"), &options);
        // The title's lines stay below the logo.
        let (_, lines) = harness.state().presented_lines().expect("drawn");
        let unit = height / 720.0;
        let logo_bottom = (36.0 + 84.0) * unit;
        assert!(
            lines.iter().all(|line| line.top() >= logo_bottom),
            "{width}x{height}: {lines:?}"
        );
        harness.key_press(Key::End);
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(2);
        harness.snapshot_options(format!("slide_closing_pictures_{width}x{height}"), &options);
        harness.key_press(Key::Escape);
        settle(&mut harness);
    }
}

#[test]
fn the_handout_embeds_the_logo_as_a_named_figure_and_the_photo() {
    if !crate::support::have_poppler() {
        return;
    }
    let (folder, document) = sample_with_pictures();
    let pdf = folder.path().join("handout.pdf");
    let bytes = carta::export::export_bytes(
        &document,
        carta::export::Format::SlidesPdf,
        &Default::default(),
    )
    .unwrap();
    std::fs::write(&pdf, bytes).unwrap();
    let list = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&pdf)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout).into_owned();
    // The photo (a JPEG) on the title page, the logo on the title and the
    // closing pages.
    assert!(list.lines().any(|l| l.contains(" jpeg ")), "{list}");
    let images = list.lines().skip(2).count();
    assert!(images >= 3, "{list}");
    let tree = crate::support::pdf_structure(&pdf);
    assert!(tree.contains("Figure"), "{tree}");
    // Its name for screen readers (poppler does not print it; the PDF
    // keeps the structure uncompressed).
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert!(
        raw.contains("/S/Figure") && raw.contains("/Alt(Logo of San Antonio (Chile))"),
        "the logo's figure is named"
    );
}

#[test]
fn a_picture_chosen_for_one_profile_never_lands_in_another_opened_meanwhile() {
    let folder = tempfile::tempdir().unwrap();
    let logo = logo_png(folder.path(), 300);
    let other = folder.path().join("other.ron");
    let mut second = store::embedded_profile();
    second.city.name = carta::model::Localized::new("en", "Utrecht");
    store::save(&second, &other).unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    nav(&mut harness, "City");
    // The officer asks for a logo and, before answering the dialog, drops
    // another profile onto the window.
    harness.get_all_by_label("Choose…").next().unwrap().click();
    settle(&mut harness);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(crate::support::DroppedPath(
            other.clone(),
        )));
    settle(&mut harness);
    assert_eq!(harness.state().document().city.name.get("en"), "Utrecht");
    harness
        .get_by_label("File path")
        .type_text(&logo.display().to_string());
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert!(harness.state().document().city.logo.is_none());
    let said = harness.state().status_text().unwrap_or_default();
    assert!(said.contains("another profile is open now"), "{said:?}");
}
