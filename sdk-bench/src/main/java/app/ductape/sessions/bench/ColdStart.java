package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import com.fasterxml.jackson.core.type.TypeReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * B5: a fresh JVM's first successful {@code fetchDashboard}: {@code ColdStart sdk URL} through the SDK,
 * {@code ColdStart raw URL} with OkHttp and Jackson by hand. Exits when done.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = args[1];
        long totalUsers;
        if (args[0].equals("sdk")) {
            try (SessionsService sessions = SessionsService.builder().workspaceId(Clients.WORKSPACE_ID)
                .publicKey(Clients.PUBLIC_KEY).userId(Clients.USER_ID).token(Clients.TOKEN).envType("prd")
                .baseUrl(baseUrl).build()) {
                totalUsers = sessions.fetchDashboard(FetchSessionDashboardOptions.builder().product("my-product")
                    .session("user-session").build()).totalUsers();
            }
        } else {
            OkHttpClient http = new OkHttpClient();
            Request request = new Request.Builder()
                .url(baseUrl + "/log/v1/session/dashboard/" + Clients.WORKSPACE_ID + "?user_id=" + Clients.USER_ID
                    + "&public_key=" + Clients.PUBLIC_KEY + "&product_tag=my-product&session_tag=user-session")
                .header("Accept", "application/json").header("Authorization", "Bearer " + Clients.TOKEN).build();
            try (Response response = http.newCall(request).execute()) {
                RawModels.Envelope<RawModels.Dashboard> envelope = RawModels.mapper().readValue(
                    response.body().byteStream(), new TypeReference<RawModels.Envelope<RawModels.Dashboard>>() {});
                totalUsers = envelope.data.totalUsers;
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (totalUsers != 200) {
            throw new IllegalStateException("unexpected dashboard: " + totalUsers);
        }
    }
}
