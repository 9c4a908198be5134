//! Every active filter shows as a removable chip, including ones no facet lists.

use atlas_e2e::{dataset, Browser};

#[tokio::test]
async fn every_active_filter_is_a_chip_that_removes_it() {
    let data = dataset();
    let b = Browser::new(1280).await;
    // A company card links "0 models" to an organisation filter no facet value shows.
    let lonely = data
        .companies
        .iter()
        .find(|c| !data.models.iter().any(|m| m.company == c.id))
        .expect("a company without models");
    b.open(&format!("/models?org={}", lonely.id)).await;
    b.wait_for("[data-testid='empty']").await;
    let chip = format!(
        "[data-testid='filter-chips'] .filter-chip[data-key='org'][data-value='{}']",
        lonely.id
    );
    assert!(b.text(&chip).await.contains(&lonely.name_en));
    b.click(&format!("{chip} button")).await;
    b.wait_for_path("/models").await;
    b.wait_until("all models are back", || async {
        b.count(".model-table tbody tr[data-id]").await == data.models.len()
    })
    .await;
    assert_eq!(b.count("[data-testid='filter-chips']").await, 0);
    // Several chips; removing one keeps the others.
    b.open("/companies?q=robot&cat=robotics").await;
    b.wait_for("[data-testid='filter-chips']").await;
    assert_eq!(
        b.count("[data-testid='filter-chips'] .filter-chip").await,
        2
    );
    b.click("[data-testid='filter-chips'] .filter-chip[data-key='q'] button")
        .await;
    b.wait_for_path("/companies?cat=robotics").await;
    b.open("/timeline?co=deepseek").await;
    b.click("[data-testid='filter-chips'] .filter-chip[data-key='co'] button")
        .await;
    b.wait_for_path("/timeline").await;
    b.close().await;
}
