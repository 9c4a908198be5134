//! Filter fields read what people type, apply as they type, and say when they cannot.

use atlas_e2e::{dataset, model_ids, Browser};

const ROWS: &str = ".model-table tbody tr[data-id]";

async fn field(b: &Browser, testid: &str) -> (String, String, String) {
    let value = b
        .js(&format!(
            "return document.querySelector(\"[data-testid='{testid}']\").value"
        ))
        .await;
    let invalid = b
        .js(&format!("return document.querySelector(\"[data-testid='{testid}']\").getAttribute('aria-invalid')"))
        .await;
    let error = b
        .js(&format!(
            "return document.querySelector(\"[data-testid='{testid}-error']\").textContent"
        ))
        .await;
    (
        value.as_str().unwrap().to_string(),
        invalid.as_str().unwrap().to_string(),
        error.as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn dates_and_sizes_in_common_forms_filter_and_anything_else_is_marked_invalid() {
    let data = dataset();
    let b = Browser::new(1280).await;
    b.open("/models").await;
    b.wait_for(ROWS).await;
    // "Jan 2025" is January 2025: it filters, and the URL and the field show it canonically.
    b.set_value("[data-testid='date-from']", "Jan 2025").await;
    b.wait_for_path("/models?date=2025-01..").await;
    b.wait_for_ids(ROWS, &model_ids(data, "date=2025-01.."))
        .await;
    assert_eq!(
        field(&b, "date-from").await,
        ("2025-01".into(), "false".into(), String::new())
    );
    // The phone-keypad form.
    b.set_value("[data-testid='date-to']", "202506").await;
    b.wait_for_path("/models?date=2025-01..2025-06").await;
    b.wait_for_ids(ROWS, &model_ids(data, "date=2025-01..2025-06"))
        .await;
    // Something it cannot read is marked on the field, says what works, and is not applied.
    b.set_value("[data-testid='date-from']", "foo").await;
    b.wait_for_path("/models?date=..2025-06").await;
    let (value, invalid, error) = field(&b, "date-from").await;
    assert_eq!((value.as_str(), invalid.as_str()), ("foo", "true"));
    assert!(error.contains("Jan 2025"), "{error}");
    b.set_value("[data-testid='date-to']", "").await;
    b.wait_for_path("/models").await;
    b.wait_for_ids(ROWS, &model_ids(data, "")).await;
    // Sizes as the table writes them.
    b.set_value("[data-testid='params-min']", "0.5T").await;
    b.wait_for_path("/models?params=500..").await;
    b.wait_for_ids(ROWS, &model_ids(data, "params=500..")).await;
    assert_eq!(field(&b, "params-min").await.0, "500");
    b.set_value("[data-testid='params-max']", "1.6T").await;
    b.wait_for_path("/models?params=500..1600").await;
    b.close().await;
}
