# Production image: build and publish the host with every module, run it on the ASP.NET runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun: the code is compiled ahead for the image's architecture, so the app starts without waiting on the JIT.
ARG TARGETARCH
RUN dotnet publish src/CoachingPlatform.Web -c Release --os linux -a $TARGETARCH --no-self-contained -p:PublishReadyToRun=true -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoachingPlatform.Web.dll"]
