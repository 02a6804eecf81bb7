package com.perfdash.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTestBase {

    @Test
    void a_new_session_speaks_chinese() {
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate("data");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(H1.class).getText()).isEqualTo("数据概况");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("数据概况");
    }

    @Test
    void the_english_button_switches_the_session_to_english() {
        UI.getCurrent().navigate("data");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void an_unknown_address_shows_the_not_found_page_in_the_layout() {
        int status = open("no/such/page");

        assertThat(status).isEqualTo(404);
        _get(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("页面不存在");
        assertThat(_get(Paragraph.class).getText()).contains("/no/such/page");
        _get(MainLayout.class);
    }

    @Test
    void a_page_that_fails_shows_a_sentence_with_a_reference_not_the_exception() {
        int status = open("test/failing");

        assertThat(status).isEqualTo(500);
        _get(ErrorView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("出错了");
        String sentence = _get(Paragraph.class).getText();
        assertThat(sentence).startsWith("处理请求时发生了错误").matches("(?s).*错误编号 [0-9a-f]{8} .*");
        assertThat(sentence).doesNotContain(FailingView.SECRET).doesNotContain("Exception");
    }
}
