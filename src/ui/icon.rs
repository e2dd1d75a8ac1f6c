//! The window icon, drawn in code so the binary needs no image decoder.

/// A 64×64 icon: a teal rounded square holding a white ring open to the right,
/// the "C" of Carta and a city's boundary at once.
pub fn window_icon() -> egui::IconData {
    const SIZE: u32 = 64;
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    let centre = (SIZE as f32 - 1.0) / 2.0;
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (fx, fy) = (x as f32 - centre, y as f32 - centre);
            // Rounded square: distance outside a square of half-side 22 with radius 9.
            let qx = (fx.abs() - 22.0).max(0.0);
            let qy = (fy.abs() - 22.0).max(0.0);
            let outside = (qx * qx + qy * qy).sqrt() - 9.0;
            let square_alpha = (0.5 - outside).clamp(0.0, 1.0);
            let radius = (fx * fx + fy * fy).sqrt();
            let ring = (1.0 - ((radius - 16.0).abs() - 4.5)).clamp(0.0, 1.0);
            let gap = fx > 6.0 && fy.abs() < 9.0;
            let white = if gap { 0.0 } else { ring };
            let teal = [0x0b as f32, 0x6e as f32, 0x77 as f32];
            let mix = |channel: f32| (channel * (1.0 - white) + 255.0 * white) as u8;
            rgba.extend_from_slice(&[
                mix(teal[0]),
                mix(teal[1]),
                mix(teal[2]),
                (square_alpha * 255.0) as u8,
            ]);
        }
    }
    egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    }
}
