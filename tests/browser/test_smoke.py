def test_home_page_opens_in_chromium(tab):
    tab.goto("/ro/")
    assert tab.locator("html").get_attribute("lang") == "ro"
