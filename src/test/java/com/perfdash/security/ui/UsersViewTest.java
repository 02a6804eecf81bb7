package com.perfdash.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.security.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** User administration names each unit user's unit, and picks a new user's unit from a searched page of units. */
class UsersViewTest extends KaribuTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void the_unit_column_names_the_unit_and_the_new_users_unit_is_searched_not_listed_whole() {
        loadShippedData();
        open("admin/users");
        Grid<AppUser> users = _find(Grid.class).stream().map(g -> (Grid<AppUser>) g)
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof AppUser).findFirst().orElseThrow();
        List<String> unitColumn = IntStream.range(0, GridKt._size(users))
                .filter(i -> GridKt._get(users, i).username().equals("unit"))
                .mapToObj(i -> GridKt._getFormattedRow(users, i).get(3)).toList();
        assertThat(unitColumn).containsExactly("青禾区财政局");

        _get(Button.class, spec -> spec.withText("新增用户")).click();
        ComboBox<UnitRef> unit = _get(ComboBox.class, spec -> spec.withLabel("所属单位"));
        assertThat(unit.getLazyDataView().getItems().filter(u -> u.unitName().contains("财政")).map(UnitRef::unitCode))
                .contains("qh-caizheng");
    }
}
