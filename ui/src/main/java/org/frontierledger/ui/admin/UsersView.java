package org.frontierledger.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.springframework.core.task.TaskExecutor;

/** Administration: user accounts, and rebuilding the read models and index from the events. */
@Route("admin")
@PageTitle("Administration · Frontier Ledger")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {
    final Grid<UserAccounts.Account> accounts = new Grid<>(UserAccounts.Account.class, false);
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final Button rebuild = new Button("Rebuild read models and index", VaadinIcon.REFRESH.create());
    final Span rebuildStatus = new Span();
    final ProgressBar rebuildProgress = new ProgressBar(0, 1);

    private final transient UserAccounts users;
    private final transient ProjectionReplayer replayer;
    private final transient TaskExecutor executor;

    public UsersView(UserAccounts users, ProjectionReplayer replayer, TaskExecutor executor) {
        this.users = users;
        this.replayer = replayer;
        this.executor = executor;
        accounts.addColumn(UserAccounts.Account::username).setHeader("User");
        accounts.addColumn(UserAccounts.Account::role).setHeader("Role");
        accounts.setAllRowsVisible(true);
        accounts.setItems(users.all());
        add(
                new H2("Administration"),
                new H3("Users"),
                accounts,
                createUserForm(),
                new H3("Read models"),
                createRebuild());
    }

    private HorizontalLayout createUserForm() {
        role.setItems(Role.values());
        role.setValue(Role.VIEWER);
        Button add = new Button("Add user", VaadinIcon.PLUS.create(), click -> addUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, role, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void addUser() {
        try {
            users.create(username.getValue().trim(), password.getValue(), role.getValue());
            Notification.show("Added " + username.getValue()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            username.clear();
            password.clear();
            accounts.setItems(users.all());
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private HorizontalLayout createRebuild() {
        rebuild.addClickListener(click -> startRebuild());
        rebuildProgress.setVisible(false);
        rebuildProgress.setWidth("16em");
        HorizontalLayout row = new HorizontalLayout(rebuild, rebuildProgress, rebuildStatus);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    private void startRebuild() {
        rebuild.setEnabled(false);
        rebuildStatus.setText("Replaying every event into " + String.join(", ", replayer.processorNames()) + "…");
        UI ui = UI.getCurrent();
        executor.execute(() -> {
            String outcome;
            try {
                ui.access(() -> rebuildProgress.setVisible(true));
                replayer.rebuild(
                        Duration.ofMinutes(30),
                        Duration.ofMillis(500),
                        progress -> ui.access(() -> {
                            rebuildProgress.setValue(progress.fraction());
                            rebuildStatus.setText("Replaying: " + progress.describe() + "; you can keep browsing.");
                        }));
                outcome = "Rebuilt: every read model and the index are caught up with the events.";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = "Rebuild interrupted.";
            } catch (Exception e) {
                outcome = "Rebuild did not finish: " + e.getMessage();
            }
            String text = outcome;
            ui.access(() -> {
                rebuildStatus.setText(text);
                rebuildProgress.setVisible(false);
                rebuild.setEnabled(true);
            });
        });
    }
}
