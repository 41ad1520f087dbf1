# Production image: build and publish the host with every module, run it on the runtime it carries.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The Production publish profile: self-contained, the app and the .NET runtime compiled ahead of time for the
# image's architecture into one ReadyToRun image, so the app starts without waiting on the JIT.
ARG TARGETARCH
RUN dotnet publish src/CoachingPlatform.Web -p:PublishProfile=Production --os linux -a $TARGETARCH -o /app --nologo

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["./CoachingPlatform.Web"]
