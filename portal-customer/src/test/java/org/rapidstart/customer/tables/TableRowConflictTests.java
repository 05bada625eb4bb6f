package org.rapidstart.customer.tables;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapidstart.customer.CustomerPortalTest;
import org.rapidstart.customer.SignedInSession;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.table.TableAnswers;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two people editing one row of a table: the later save or delete is refused with who changed the row and when and
 * what it holds now, the refused input stays in the form to re-apply, and nothing is silently overwritten.
 */
@CustomerPortalTest
@AutoConfigureMockMvc
@Import(TablesFixtures.class)
class TableRowConflictTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TablesFixtures fixtures;

	@Autowired
	TableGrid grid;

	@Autowired
	TableAnswers answers;

	@Test
	void theLaterSaveOfARowIsRefusedAndKeepsItsInputToReapply() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-c");
		CustomerActor cal = this.fixtures.colleague(ann, "cal-c", CustomerRole.ADMINISTRATOR);
		long project = this.fixtures.project(ann, "Conflicts");
		TableRow row = this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10", "Name", "Wholesale"));
		String q = "/rapidstart/projects/" + project + "/tables/CustomerGroups";
		SignedInSession annSession = SignedInSession.signIn(this.mvc, ann.signInId());
		SignedInSession calSession = SignedInSession.signIn(this.mvc, cal.signInId());

		// both open the row for editing; the form carries the version they saw
		String annForm = annSession.send(get(q).param("edit", row.id().toString())).getContentAsString();
		assertThat(annForm).contains("name=\"version\" value=\"1\"");
		calSession.send(get(q).param("edit", row.id().toString()));

		MockHttpServletResponse calSaves = calSession.send(post(q + "/rows/" + row.id()).param("version", "1")
			.param("cells[CustGroup]", "10").param("cells[Name]", "Wholesale customers").with(csrf()));
		assertThat(calSaves.getStatus()).isEqualTo(302);

		MockHttpServletResponse annSaves = annSession.send(post(q + "/rows/" + row.id()).param("version", "1")
			.param("cells[CustGroup]", "10").param("cells[Name]", "Wholesale trade").with(csrf()));
		assertThat(annSaves.getStatus()).isEqualTo(200);
		String page = annSaves.getContentAsString();
		assertThat(page).contains("id=\"conflict\"", "Not saved: someone else changed row 1 after you opened it.",
				"Changed by User cal-c on ", "Wholesale customers",
				"Your input is still in the form of the row.");
		// Ann's input is still in the row's form, now based on the row as Cal left it
		assertThat(page).contains("value=\"Wholesale trade\"", "name=\"version\" value=\"2\"");
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale customers"));

		// Save row again applies Ann's input on top of Cal's change
		assertThat(annSession.send(post(q + "/rows/" + row.id()).param("version", "2")
			.param("cells[CustGroup]", "10").param("cells[Name]", "Wholesale trade").with(csrf())).getStatus())
			.isEqualTo(302);
		assertThat(this.answers.rows(project, "CustomerGroups").toList())
			.containsExactly(Map.of("CustGroup", "10", "Name", "Wholesale trade"));
	}

	@Test
	void aStaleDeleteIsRefusedAndAnEditOfADeletedRowOffersItAsANewRow() throws Exception {
		CustomerActor ann = this.fixtures.administrator("ann-d");
		CustomerActor cal = this.fixtures.colleague(ann, "cal-d", CustomerRole.ADMINISTRATOR);
		long project = this.fixtures.project(ann, "Deletes");
		TableRow row = this.grid.add(ann, project, "CustomerGroups", Map.of("CustGroup", "10"));
		String q = "/rapidstart/projects/" + project + "/tables/CustomerGroups";
		SignedInSession annSession = SignedInSession.signIn(this.mvc, ann.signInId());
		SignedInSession calSession = SignedInSession.signIn(this.mvc, cal.signInId());
		assertThat(annSession.send(get(q).param("delete", row.id().toString())).getContentAsString())
			.contains("name=\"version\" value=\"1\"");

		this.grid.edit(cal, project, "CustomerGroups", row.id(), 1, Map.of("CustGroup", "11"));
		String refused = annSession.send(post(q + "/rows/" + row.id() + "/delete").param("version", "1").with(csrf()))
			.getContentAsString();
		assertThat(refused).contains("Not deleted: someone else changed row 1 after you opened it.",
				"Changed by User cal-d on ", "name=\"version\" value=\"2\"");
		assertThat(this.answers.count(project, "CustomerGroups")).isEqualTo(1);

		// Cal deletes it; Ann's edit of the row is refused, and her input waits in the new row
		assertThat(calSession.send(post(q + "/rows/" + row.id() + "/delete").param("version", "2").with(csrf()))
			.getStatus()).isEqualTo(302);
		String gone = annSession.send(post(q + "/rows/" + row.id()).param("version", "2")
			.param("cells[CustGroup]", "12").with(csrf())).getContentAsString();
		assertThat(gone).contains("Not saved: the row no longer exists.",
				"The rows were last changed by User cal-d on ", "click Add row to save it as a new row");
		assertThat(gone).containsPattern("id=\"new-CustGroup\"[^>]*value=\"12\"");
		assertThat(this.answers.count(project, "CustomerGroups")).isZero();
		// a link to the row from a page opened before says it is gone instead of "not found"
		MockHttpServletResponse stale = annSession.send(get(q).param("edit", row.id().toString()));
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("That row no longer exists");
	}

}
